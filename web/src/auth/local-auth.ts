import type { AuthProvider, Session } from './auth-provider';

const KEY = 'dabiao.session';

/** Thrown when the server refuses the credentials (401), so the page can say so plainly. */
export class BadCredentialsError extends Error {}

/** Local mode: `POST /api/auth/login`, then `GET /api/auth/me`; the token is kept in localStorage. */
export const localAuth: AuthProvider = {
  kind: 'password',
  async signIn({ username, password }) {
    const login = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (login.status === 401 || login.status === 400) throw new BadCredentialsError();
    if (!login.ok) throw new Error(`login failed: HTTP ${login.status}`);
    const { token } = (await login.json()) as { token: string };
    const me = await fetch('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    if (!me.ok) throw new Error(`login failed: HTTP ${me.status}`);
    const session: Session = { token, user: (await me.json()) as Session['user'] };
    localStorage.setItem(KEY, JSON.stringify(session));
    return session;
  },
  signOut() {
    localStorage.removeItem(KEY);
  },
  restore() {
    try {
      const raw = localStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  },
};
