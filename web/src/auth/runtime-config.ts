import { earlyStart } from '../app/early-start';

/**
 * The deployment's runtime settings, read once at start from `/config.json` (the web hosting
 * writes it at deploy time; `npm start` serves a matching one): where the API is and who issues
 * identities. Without the file the app talks to its own origin with the built-in identity.
 */
export interface RuntimeConfig {
  apiUrl: string;
  auth: { mode: 'builtin' | 'oidc' | 'cognito' | 'none'; issuer: string; audience?: string; clientId?: string };
  /** Set only by `npm start` (local mode, demo accounts seeded): the login page lists them. */
  demoAccounts?: boolean;
}

const origin = () => globalThis.location?.origin ?? 'http://localhost';
let current: RuntimeConfig = { apiUrl: origin(), auth: { mode: 'builtin', issuer: origin() } };

/** The settings in force (the fallback until {@link loadRuntimeConfig} has run). */
export function runtimeConfig(): RuntimeConfig {
  return current;
}

/** Reads `/config.json`; keeps the same-origin fallback when it is missing or malformed. */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    // The same request as index.html's preload (no extra headers or cache mode), so the browser
    // hands over that response instead of asking again; the file is served \`no-cache\`, so it is
    // revalidated on every load all the same.
    // The start-up script (app/early-start.ts) has usually read it already, before this code ran.
    const early = earlyStart()?.config;
    const res = early ? undefined : await fetch('/config.json');
    const body = (early ? await early : res!.ok && (res!.headers.get('content-type') ?? '').includes('json') ? await res!.json() : undefined) as Partial<RuntimeConfig> | undefined;
    if (body && typeof body.apiUrl === 'string' && body.auth && typeof body.auth.mode === 'string') {
      current = {
        apiUrl: body.apiUrl.replace(/\/+$/, ''),
        auth: { ...body.auth, issuer: body.auth.issuer ?? body.apiUrl } as RuntimeConfig['auth'],
        ...(body.demoAccounts === true ? { demoAccounts: true } : {}),
      };
    }
  } catch {
    // Offline or no such file: the same-origin fallback stands.
  }
  return current;
}
