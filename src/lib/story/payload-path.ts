/** Where the browser's payload (every step's state, and the data its maps and charts draw) is published. */
export const STORY_PAYLOAD = 'data/story.json';
