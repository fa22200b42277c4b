/** Focus goes back where it came from when a dialog or panel closes, unless something else took it meanwhile. */

/** Remembers the focused element now; the returned function gives it the focus back if the focus was lost. */
export function rememberFocus(within?: () => Element | null): () => void {
  const opener = document.activeElement;
  return () => {
    const current = document.activeElement;
    const lost = !current || current === document.body || Boolean(within?.()?.contains(current));
    if (lost && opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
  };
}
