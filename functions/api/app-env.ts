import type { Principal } from '../domain/ports/token-verifier.js';

/** Hono environment: what middleware puts on the context. */
export interface AppEnv {
  Variables: { principal: Principal };
}
