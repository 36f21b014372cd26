import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { LightHeaders } from './light-headers.js';
import { LightRequest } from './light-request.js';

/** What the adapter needs of a Hono app: its `fetch`, with the bindings Hono's own adapter passes. */
export interface FetchApp {
  fetch(request: Request, env: { event: APIGatewayProxyEventV2; requestContext: APIGatewayProxyEventV2['requestContext']; lambdaContext: Context }): Response | Promise<Response>;
}

/** What the adapter reads of a response: the standard's surface, which light and native responses share. */
type AnyResponse = Pick<Response, 'status' | 'text' | 'arrayBuffer'> & { headers: Pick<Headers, 'get' | 'forEach'> & { getSetCookie?(): string[] } };

// Hono's rule (hono/aws-lambda, `defaultIsContentTypeBinary`): text, JSON and XML are sent as text, anything else base64-encoded.
const BINARY_EXCEPTIONS = /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i;
const TEXTUAL = /^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i;

/** True when API Gateway must get the body base64-encoded (bytes that are not text, or a compressed body). */
export function isBinaryResponse(contentType: string | null, contentEncoding: string | null): boolean {
  if (contentEncoding && !/^identity$/i.test(contentEncoding)) return true;
  if (!contentType) return false;
  return BINARY_EXCEPTIONS.test(contentType) || !TEXTUAL.test(contentType);
}

// API Gateway hands header values on as they came; a native Headers refuses non-ASCII, so Hono's adapter percent-encodes them.
const sanitize = (value: string) => (/[^\x00-\x7F]/.test(value) ? encodeURIComponent(value) : value);

/** The light request an HTTP API event (payload format 2.0) describes, as Hono's adapter builds it. */
export function requestFromEvent(event: APIGatewayProxyEventV2): LightRequest {
  const headers = new LightHeaders();
  if (Array.isArray(event.cookies) && event.cookies.length) headers.set('cookie', event.cookies.join('; '));
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value) headers.set(name, sanitize(value));
  const host = event.requestContext.domainName ?? event.headers?.host;
  const url = `https://${host}${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`;
  let body: Uint8Array | null = null;
  if (event.body) {
    body = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
    headers.set('content-length', String(body.byteLength));
  }
  // API Gateway hands the body over whole; a `transfer-encoding` passed on from the client would
  // send the body limit to Hono's streaming counter, which rebuilds the request as Node's own
  // `Request` (undici) and cannot read a light one (a 500). The length above is the true one.
  headers.delete('transfer-encoding');
  return new LightRequest(url, { method: event.requestContext.http.method, headers, body });
}

/** API Gateway's payload 2.0 result for a response: cookies apart, binary bodies base64-encoded. */
export async function resultFromResponse(response: AnyResponse): Promise<APIGatewayProxyStructuredResultV2> {
  const isBase64Encoded = isBinaryResponse(response.headers.get('content-type'), response.headers.get('content-encoding'));
  const body = isBase64Encoded ? Buffer.from(await response.arrayBuffer()).toString('base64') : await response.text();
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') cookies.push(value);
    else headers[name] = value;
  });
  return { statusCode: response.status, headers, body, isBase64Encoded, ...(cookies.length ? { cookies } : {}) };
}

/** The JSON a malformed event gets (a header Hono's URL or headers refuse): a client error, not a crash. */
function invalidRequest(error: unknown): APIGatewayProxyStructuredResultV2 {
  const message = error instanceof Error ? error.message : String(error);
  return {
    statusCode: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: { code: 'bad-request', message: `The request could not be read: ${message}`, details: null } }),
    isBase64Encoded: false,
  };
}

/**
 * The API's Lambda adapter for API Gateway HTTP API events (payload 2.0, what `infra/http-api.ts`
 * deploys): the same request, bindings and result as `hono/aws-lambda`'s `handle`, without Node's
 * `fetch` classes (the request is a `LightRequest`; with `installLightFetch` Hono's responses are
 * light too). Any other event shape (REST API v1, ALB, Lattice) goes to Hono's own adapter, loaded
 * then.
 */
export function apiGatewayAdapter(app: FetchApp): (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2> {
  return async (event, context) => {
    if (!isHttpApiEvent(event)) {
      const { handle } = await import('hono/aws-lambda');
      return (await handle(app as never)(event as never, context)) as APIGatewayProxyStructuredResultV2;
    }
    let request: LightRequest;
    try {
      request = requestFromEvent(event);
    } catch (error) {
      if (error instanceof TypeError) return invalidRequest(error);
      throw error;
    }
    const response = await app.fetch(request as unknown as Request, { event, requestContext: event.requestContext, lambdaContext: context });
    return resultFromResponse(response as unknown as AnyResponse);
  };
}

function isHttpApiEvent(event: unknown): event is APIGatewayProxyEventV2 {
  const e = event as Partial<APIGatewayProxyEventV2>;
  return typeof e.rawPath === 'string' && typeof e.requestContext?.http?.method === 'string';
}
