/**
 * Whether a Teams client could be hosting this page: framed (web, desktop), opened by one, or in the mobile
 * app's web view. teams-js asks the same; outside all three it is not loaded at all, because importing it fetches
 * its list of host origins from Microsoft's CDN, which a local-mode page has no business calling.
 */
export function mightBeInTeams(): boolean {
  return window.parent !== window.self || window.opener !== null || 'nativeInterface' in window;
}
