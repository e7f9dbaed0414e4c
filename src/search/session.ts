// session: the handover from a result list to the opened page (kept tiny: every page loads it).

/** Key in sessionStorage holding `{ q, path }`: the query to highlight on the page at `path`. */
export const HIGHLIGHT_KEY = 'baogao-highlight';
