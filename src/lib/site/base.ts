/** The site's base path (`/`, or `/border-lines/` when built with BASE_PATH), always ending in a slash. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
