/** Where the sign-in token lives: localStorage, taken once from a sign-in link's `#token=` fragment. */
const TOKEN_KEY = 'concord.token';

export function isTokenKey(key: string): boolean {
  return key === TOKEN_KEY;
}

export function readStoredToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  try {
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Without storage the token still works until the page is closed.
  }
}

export function forgetToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Reads `#token=…` from the address, stores it, and removes it from the address bar and history entry. */
export function captureTokenFromLocation(): string | null {
  const token = tokenFromFragment(location.hash);
  if (!token) return null;
  storeToken(token);
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

export function tokenFromFragment(fragment: string): string | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const token = params.get('token')?.trim();
  return token ? token : null;
}
