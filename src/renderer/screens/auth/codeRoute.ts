// Invitation and reset links open #/invite/<code> or #/reset/<code>. The code stays in the
// fragment, which the browser never sends to a server or writes to its logs.
export interface CodeRoute {
  kind: 'invite' | 'reset';
  code: string;
}

export function codeRoute(hash: string = window.location.hash): CodeRoute | null {
  const match = /^#\/(invite|reset)\/([A-Za-z0-9_-]{20,200})$/.exec(hash);
  return match ? { kind: match[1] as CodeRoute['kind'], code: match[2] ?? '' } : null;
}

/** Leaves the code's address, so a reload does not show the used code again. */
export function leaveCodeRoute(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}
