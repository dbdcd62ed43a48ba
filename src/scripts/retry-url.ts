/**
 * A module URL's retry form: the same file under a query no engine has seen fail. Engines differ on
 * whether a module whose fetch failed stays failed in the module map (whatwg/html pull request 10327),
 * so an import that failed is asked for again under `?retry=<n>`, never under the URL that failed.
 */
export const retryUrl = (url: string, n: number) => (n ? `${url}${url.includes('?') ? '&' : '?'}retry=${n}` : url);
