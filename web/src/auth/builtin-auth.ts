import type { AuthProvider, Session, SessionUser, SignInResult } from './auth-provider';
import { AuthApiError, BadCredentialsError } from './auth-errors';
import { ACCESS_KEY, REFRESH_KEY, restoreForTab, USER_KEY } from './kept-session';
import { runtimeConfig } from './runtime-config';

/** An offline session asks the server again this often (the refresh timer runs a minute early). */
const OFFLINE_RETRY_MS = 60_000 + 15_000;
/** Tabs refresh one at a time (a Web Lock), each with the token the previous one left. */
const LOCK = 'dabiao.refresh';

interface SignedInBody {
  state: 'signed-in';
  token: string;
  expiresIn: number;
  refreshToken: string;
  user: SessionUser;
}

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  return fetch(`${runtimeConfig().apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

async function failure(res: Response): Promise<AuthApiError> {
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string; details?: AuthApiError['details'] } };
  return new AuthApiError(res.status, body.error?.code ?? `http-${res.status}`, body.error?.message ?? res.statusText, body.error?.details);
}

/** Keeps the refresh token and turns a signed-in reply into a session. */
function accept(body: SignedInBody): Session {
  localStorage.setItem(REFRESH_KEY, body.refreshToken);
  localStorage.setItem(USER_KEY, JSON.stringify(body.user));
  const session: Session = { token: body.token, expiresAt: Date.now() + body.expiresIn * 1000, user: body.user };
  keepForTab(session);
  return session;
}

/** sessionStorage may be missing or full (private modes); the tab then refreshes on reload, as before. */
function keepForTab(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(ACCESS_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(ACCESS_KEY);
  } catch {
    // Nothing kept: a reload refreshes first.
  }
}

/**
 * Whether the device's sign-in is no longer the one `refreshToken` belonged to. Tabs refresh one at
 * a time under the lock, so while a refresh waits for its answer only a sign-out or a sign-in (which
 * take no lock) can change the stored token: the token itself is the sign-in's generation.
 */
function endedSince(refreshToken: string): boolean {
  return localStorage.getItem(REFRESH_KEY) !== refreshToken;
}

/** Ends the sign-in a late refresh answer renewed, without keeping anything from it. */
async function discard(res: Response): Promise<void> {
  const body = (await res.json().catch(() => null)) as Partial<SignedInBody> | null;
  if (body?.refreshToken) await post('/api/auth/logout', { refreshToken: body.refreshToken }).catch(() => undefined);
}

/**
 * Whether a `storage` event from another tab means this device's sign-in ended: its refresh token
 * was removed, as a sign-out or a refused refresh does. A sign-in elsewhere replaces the token
 * instead, and a tab signed in can only sign in anew after signing out, which this catches.
 */
const endsSignIn = (event: StorageEvent) => event.key === REFRESH_KEY && event.newValue === null;

/** Runs `task` while holding the refresh lock, where the browser has Web Locks. */
function locked<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(LOCK, task) : task();
}

/** The built-in identity: `POST /api/auth/login`, `/refresh`, `/logout`, `/password`. */
export const builtinAuth: AuthProvider = {
  kind: 'password',

  async signIn({ username, password }): Promise<SignInResult> {
    const res = await post('/api/auth/login', { username, password });
    if (res.status === 401 || res.status === 400) throw new BadCredentialsError();
    if (!res.ok) throw await failure(res);
    const body = (await res.json()) as SignedInBody | { state: 'password-change-required'; changeToken: string; user: SessionUser };
    if (body.state === 'password-change-required') return body;
    return { state: 'signed-in', session: accept(body) };
  },

  async changePassword({ oldPassword, newPassword, changeToken }): Promise<Session> {
    const token = changeToken ?? (await builtinAuth.refresh())?.token;
    const res = await post('/api/auth/password', { oldPassword, newPassword }, token);
    if (!res.ok) throw await failure(res);
    return accept((await res.json()) as SignedInBody);
  },

  restore(): Session | null {
    const kept = restoreForTab();
    if (!kept) keepForTab(null);
    return kept;
  },

  refresh(): Promise<Session | null> {
    // Signed out on this device: nothing to renew, so no wait for the lock, which another tab may
    // hold for as long as its own refresh takes (the sign-in page showed a spinner meanwhile).
    if (!localStorage.getItem(REFRESH_KEY)) return Promise.resolve(null);
    return locked(async () => {
      const refreshToken = localStorage.getItem(REFRESH_KEY);
      if (!refreshToken) return null;
      let res: Response;
      try {
        res = await post('/api/auth/refresh', { refreshToken });
      } catch (error) {
        if (endedSince(refreshToken)) return null;
        // No network (a reload in a basement): keep the sign-in without a token, so the app opens
        // from the service worker's cache and edits wait in the outbox; the server is asked again
        // shortly, and any request it refuses (401) refreshes first.
        const user = localStorage.getItem(USER_KEY);
        if (!user) throw error;
        return { token: '', expiresAt: Date.now() + OFFLINE_RETRY_MS, user: JSON.parse(user) as SessionUser };
      }
      if (endedSince(refreshToken)) {
        // The answer belongs to a sign-in that ended while it was on its way (signed out, in this
        // tab or another, or someone signed in anew): storing it would sign the old user back in.
        // Its new refresh token is ended too, so no live copy is left anywhere.
        if (res.ok) await discard(res);
        return null;
      }
      if (!res.ok) {
        // Refused (expired, revoked, user disabled): only forget the token if no other tab replaced it meanwhile.
        if (res.status === 401 && localStorage.getItem(REFRESH_KEY) === refreshToken) localStorage.removeItem(REFRESH_KEY);
        keepForTab(null);
        return null;
      }
      const body = (await res.json()) as SignedInBody;
      // The body arrives after the headers: a sign-out meanwhile (this tab, another) ends it as above.
      if (endedSince(refreshToken)) {
        await post('/api/auth/logout', { refreshToken: body.refreshToken }).catch(() => undefined);
        return null;
      }
      return accept(body);
    });
  },

  watch(onEnded: () => void): () => void {
    // `storage` fires in every other tab of the origin, never in the tab that wrote.
    const listener = (event: StorageEvent) => {
      if (!endsSignIn(event)) return;
      keepForTab(null);
      onEnded();
    };
    globalThis.addEventListener?.('storage', listener);
    return () => globalThis.removeEventListener?.('storage', listener);
  },

  async signOut(): Promise<void> {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    localStorage.removeItem(REFRESH_KEY);
    localStorage.removeItem(USER_KEY);
    keepForTab(null);
    if (refreshToken) await post('/api/auth/logout', { refreshToken }).catch(() => undefined);
  },
};
