/** Where the browser's payload (every step's state, and the data its maps and charts draw) is
 * published, under the site's base path: named by a hash of its content. */
export const storyPayloadPath = (hash: string): string => `data/story.${hash}.json`;
