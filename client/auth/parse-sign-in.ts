/** Understands what someone pastes into the sign-in box: a full sign-in link or a bare token. */
import { tokenFromFragment } from './token-store';

export type SignInInput =
  | { kind: 'empty' }
  | { kind: 'malformed' }
  | { kind: 'token'; token: string; path: string | null };

const BARE_TOKEN = /^[A-Za-z0-9._~+/=-]{8,}$/;

export function parseSignIn(raw: string): SignInInput {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  const hashAt = text.indexOf('#');
  if (hashAt >= 0) {
    const token = tokenFromFragment(text.slice(hashAt));
    if (!token) return { kind: 'malformed' };
    return { kind: 'token', token, path: pathOf(text.slice(0, hashAt)) };
  }
  return BARE_TOKEN.test(text) ? { kind: 'token', token: text, path: null } : { kind: 'malformed' };
}

/** The in-app path a link points to, so signing in lands on the invited document; other sites are ignored. */
function pathOf(link: string): string | null {
  try {
    const url = new URL(link, location.origin);
    return url.pathname.startsWith('/d/') ? url.pathname : null;
  } catch {
    return null;
  }
}
