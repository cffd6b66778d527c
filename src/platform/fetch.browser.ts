// In the browser build, `node-fetch` (which citation-js imports for remote files it never reads here) is the
// browser's own fetch.
export default globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
