import type { Principal } from '../ports/token-verifier.js';
import type { TokenSigner } from '../ports/token-signer.js';
import type { Clock } from '../ports/clock.js';

/** Access tokens live 15 minutes: a disabled user or a changed role takes effect within that. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** A password-change token lives 5 minutes: long enough to type a new password twice. */
export const CHANGE_TOKEN_SECONDS = 5 * 60;
/** The `purpose` claim of a token that only allows changing its user's password. */
export const PASSWORD_CHANGE_PURPOSE = 'password-change';

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

/**
 * Issues the API's own JWTs (ES256) through a {@link TokenSigner}. The JWS is assembled here
 * rather than by a library because the key may live in KMS, which signs bytes, not tokens.
 */
export class TokenIssuer {
  constructor(
    private readonly signer: TokenSigner,
    private readonly opts: { issuer: string; audience: string; clock: Clock },
  ) {}

  /** Who issues and whom the tokens are for: what every verifier checks. */
  get issuer(): string {
    return this.opts.issuer;
  }

  get audience(): string {
    return this.opts.audience;
  }

  /** An access token for `principal`, valid {@link ACCESS_TOKEN_SECONDS} from `at` (now by default). */
  issue(principal: Principal, at?: Date): Promise<string> {
    return this.sign(principal, ACCESS_TOKEN_SECONDS, {}, at);
  }

  /** A token that only allows `POST /api/auth/password`, valid {@link CHANGE_TOKEN_SECONDS}. */
  issuePasswordChange(principal: Principal): Promise<string> {
    return this.sign(principal, CHANGE_TOKEN_SECONDS, { purpose: PASSWORD_CHANGE_PURPOSE });
  }

  private async sign(principal: Principal, ttlSeconds: number, extra: Record<string, string> = {}, at?: Date): Promise<string> {
    const { sub, ...claims } = principal;
    const now = Math.floor((at ?? this.opts.clock.now()).getTime() / 1000);
    const jwk = await this.signer.publicJwk();
    const header = { alg: this.signer.algorithm, typ: 'JWT', kid: jwk.kid };
    const payload = { ...claims, ...extra, sub, iss: this.opts.issuer, aud: this.opts.audience, iat: now, exp: now + ttlSeconds };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const signature = await this.signer.sign(new TextEncoder().encode(input));
    return `${input}.${b64url(signature)}`;
  }
}
