import { toJsonSchema } from '@valibot/to-json-schema';
import { definitionJsonSchema } from '../checklist/definition-json-schema.js';
import type { GenericSchema } from 'valibot';
import { listOf, RESPONSE_SCHEMAS } from './openapi-components.js';
import * as s from './schemas.js';
import * as ids from './identity-schemas.js';
import { IDENTITY_SCHEMAS } from './openapi-identity.js';
import { StandardScaleSchema } from '../checklist/standard-scale-schema.js';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  summary: string;
  tag: string;
  body?: GenericSchema | 'definition' | 'scale';
  query?: string[];
  ok?: number;
  public?: boolean;
  /** A response schema name from `RESPONSE_SCHEMAS`; `[name]` for a list of them. */
  res?: string | [string];
  /** The response schema when the request says `Prefer: return=minimal` (RFC 7240): the operation honours it. */
  minimal?: string;
  /** The reply carries a weak ETag, and `If-None-Match` with it is answered 304 without a body. */
  etag?: boolean;
}

/** `Prefer: return=minimal`, documented on the operations that honour it. */
const PREFER = {
  name: 'Prefer',
  in: 'header',
  required: false,
  schema: { type: 'string', example: 'return=minimal' },
  description: 'return=minimal (RFC 7240): answer with the id, the new version and the update time instead of the whole entity (what the web app sends when saving); the reply then carries ETag (the version, quoted) and Preference-Applied: return=minimal',
};

const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness', tag: 'system', public: true },
  { method: 'post', path: '/api/auth/login', summary: 'Built-in identity: sign in with username and password; a session, or (one-time password) a token that only opens POST /api/auth/password', tag: 'auth', body: s.LoginBody, public: true, res: 'LoginResult' },
  { method: 'get', path: '/api/auth/me', summary: 'The caller as the token describes them (sub, username, role, institutionId)', tag: 'auth', res: 'Principal' },
  { method: 'get', path: '/api/checklists', summary: 'Published checklists, newest version of each (all=true: every version)', tag: 'checklists', query: ['all'], res: ['ChecklistSummary'] },
  { method: 'post', path: '/api/checklists', summary: 'Publish a definition as a new immutable version (admin)', tag: 'checklists', body: 'definition', ok: 201, res: 'ChecklistSummary' },
  { method: 'get', path: '/api/checklists/{id}', summary: 'A checklist with its definition (newest published, or ?version=)', tag: 'checklists', query: ['version'], res: 'Checklist' },
  { method: 'get', path: '/api/context-fields', summary: 'The context fields of the newest published version of each checklist: names, kinds and the labels of their codes (enum options, scale levels), zh/en; for labelling context values without whole definitions', tag: 'checklists', res: ['ChecklistContextFields'] },
  { method: 'get', path: '/api/checklists/{id}/versions', summary: 'Every version of a checklist', tag: 'checklists', res: ['ChecklistSummary'] },
  { method: 'post', path: '/api/checklists/{id}/versions/{version}/retire', summary: 'Retire a version (admin)', tag: 'checklists', body: s.RetireBody, res: 'ChecklistSummary' },
  { method: 'post', path: '/api/checklists/{id}/versions/{version}/restore', summary: 'Restore a retired version to the list (admin; 409 version-conflict if it changed since read, 400 if it is not retired)', tag: 'checklists', body: s.RetireBody, res: 'ChecklistSummary' },
  { method: 'get', path: '/api/scales', summary: 'Published standard scales, every version', tag: 'scales', res: ['StandardScaleSummary'] },
  { method: 'post', path: '/api/scales', summary: 'Publish a standard scale version that checklists reference as { "ref": "<id>@<version>" } (admin)', tag: 'scales', body: 'scale', ok: 201, res: 'StandardScaleSummary' },
  { method: 'get', path: '/api/scales/{id}', summary: 'A standard scale with its levels (newest version, or ?version=)', tag: 'scales', query: ['version'], res: 'StandardScale' },
  { method: 'post', path: '/api/checklists/dry-run', summary: 'Validate a definition and score a sample without publishing (admin)', tag: 'checklists', body: s.DryRunBody, res: 'DryRun' },
  { method: 'get', path: '/api/regions', summary: 'Regions', tag: 'directory', res: ['Region'] },
  { method: 'post', path: '/api/regions', summary: 'Create a region (admin; 400 validation-failed when a context value is one no published region checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted))', tag: 'directory', body: s.RegionBody, ok: 201, res: 'Region' },
  { method: 'get', path: '/api/regions/{id}', summary: 'A region', tag: 'directory', res: 'Region' },
  { method: 'put', path: '/api/regions/{id}', summary: 'Update a region (admin, versioned; 400 validation-failed when a context value is one no published region checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted); a value the record already holds may be sent back unchanged)', tag: 'directory', body: s.RegionUpdateBody, res: 'Region' },
  { method: 'get', path: '/api/institutions', summary: 'Institutions the caller may see', tag: 'directory', query: ['regionId'], res: ['Institution'] },
  { method: 'post', path: '/api/institutions', summary: 'Create an institution (admin; 400 validation-failed when a context value is one no published institution checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted))', tag: 'directory', body: s.InstitutionBody, ok: 201, res: 'Institution' },
  { method: 'get', path: '/api/institutions/{id}', summary: 'An institution', tag: 'directory', res: 'Institution' },
  { method: 'put', path: '/api/institutions/{id}', summary: 'Update an institution (admin, versioned; 400 validation-failed when a context value is one no published institution checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted); a value the record already holds may be sent back unchanged)', tag: 'directory', body: s.InstitutionUpdateBody, res: 'Institution' },
  { method: 'get', path: '/api/rounds', summary: 'Rounds the caller takes part in', tag: 'rounds', res: ['Round'] },
  { method: 'post', path: '/api/rounds', summary: 'Create an evaluation round (admin)', tag: 'rounds', body: s.RoundBody, ok: 201, res: 'Round' },
  { method: 'get', path: '/api/rounds/{id}', summary: 'A round', tag: 'rounds', res: 'Round' },
  { method: 'put', path: '/api/rounds/{id}', summary: 'Update a round (admin, versioned; its checklist cannot change once it has submissions: use the round re-score)', tag: 'rounds', body: s.RoundUpdateBody, res: 'Round' },
  { method: 'post', path: '/api/rounds/{id}/rescore', summary: 'Re-score every submitted submission of the round, optionally with another published checklist version, which the round then records (admin)', tag: 'rounds', body: s.RoundRescoreBody, ok: 202, res: 'RescoreReport' },
  { method: 'get', path: '/api/rounds/{id}/results', summary: 'Totals and bands per institution, criterion attainment, self vs expert differences', tag: 'results', res: 'RoundResults' },
  { method: 'get', path: '/api/oversee/rounds', summary: "A commission's overview (commission only): every round where it oversees an institution or a region besides its own, open first, newest year first, each with a row per overseen participant (self and expert standing), narrowed on the server to its region and the regions under it", tag: 'results', res: ['OverseenRound'] },
  { method: 'get', path: '/api/rounds/{id}/comparison', summary: 'Self vs expert for every participant and criterion (status, points, value), largest disagreements first (admins and the round\'s experts; an institution its own, once the expert\'s evaluation is submitted; 404 otherwise)', tag: 'results', res: 'RoundComparison' },
  { method: 'get', path: '/api/rounds/{id}/results/export', summary: 'The round results as XLSX (default) or CSV: per submission and criterion the actual value, target, gap and status, with checklist and engine versions; Chinese, or English with lang=en', tag: 'results', query: ['format', 'lang'] },
  { method: 'get', path: '/api/submissions', summary: 'Submissions by round, institution or region (a region\'s own, in region rounds; a commission\'s own region by default)', tag: 'submissions', query: ['roundId', 'institutionId', 'regionId'], res: ['Submission'] },
  { method: 'post', path: '/api/submissions', summary: 'Start a draft: a self-evaluation or an expert on-site evaluation (prefillFrom: the institution\'s submitted self-evaluation to start from; left out, it starts empty)', tag: 'submissions', body: s.CreateSubmissionBody, ok: 201, res: 'Submission' },
  { method: 'get', path: '/api/submissions/{id}', summary: 'A submission', tag: 'submissions', res: 'Submission' },
  { method: 'put', path: '/api/submissions/{id}', summary: 'Save a draft (optimistic locking: a stale version gets 409); with Prefer: return=minimal the answer is only the new version', tag: 'submissions', body: s.SaveSubmissionBody, res: 'Submission', minimal: 'SavedVersion' },
  { method: 'post', path: '/api/submissions/{id}/submit', summary: 'Submit or resubmit; queues scoring (submitting a submitted, unscored submission again only re-queues its scoring)', tag: 'submissions', body: s.VersionBody, ok: 202, res: 'Submission' },
  { method: 'post', path: '/api/submissions/{id}/return', summary: 'Return to its author with an overall comment and/or comments per criterion (admin, round expert; open rounds only, 409 invalid-state in a closed one)', tag: 'submissions', body: s.ReturnBody, res: 'Submission' },
  { method: 'post', path: '/api/submissions/{id}/rescore', summary: 'Score again, optionally with another checklist version (admin)', tag: 'submissions', body: s.RescoreBody, ok: 202, res: 'Submission' },
  { method: 'get', path: '/api/submissions/{id}/result', summary: "The engine's full per-criterion result", tag: 'submissions', res: 'ScoreResult' },
  { method: 'post', path: '/api/submissions/{id}/evidence', summary: 'A write-once upload URL for one evidence file of the declared type, size and SHA-256 (draft or returned submissions in open rounds)', tag: 'submissions', body: s.UploadBody, ok: 201, res: 'Upload' },
  { method: 'get', path: '/api/submissions/{id}/evidence/{criterionId}/{index}', summary: 'A short-lived download URL for an attached evidence file, with its name and type (whoever may read the submission)', tag: 'submissions', res: 'Download' },
  { method: 'get', path: '/api/submissions/{id}/inherited-evidence/{criterionId}/{index}', summary: "A short-lived download URL for a file of inheritedEvidence: an on-site evaluation started from the self-evaluation counts the institution's files as its own evidence (whoever may read the on-site evaluation; read-only)", tag: 'submissions', res: 'Download' },
  { method: 'post', path: '/api/auth/refresh', summary: 'Built-in identity: a new access token and the next refresh token; the one sent is spent (sending a spent one again ends the sign-in)', tag: 'auth', body: ids.RefreshBody, public: true, res: 'Session' },
  { method: 'post', path: '/api/auth/logout', summary: 'Built-in identity: end the sign-in the refresh token belongs to (204 whether or not it was known)', tag: 'auth', body: ids.RefreshBody, public: true, ok: 204 },
  { method: 'post', path: '/api/auth/password', summary: 'Change your own password (current and new; the policy: 10+ characters, 3 of 4 character classes, not containing the username); other sessions end, a new one is returned', tag: 'auth', body: ids.PasswordChangeBody, res: 'Session' },
  { method: 'get', path: '/api/users', summary: 'Users of the built-in directory, with lastSignInAt and lockout state (admin), ordered by display name; narrowed by role, q (part of the name or username), regionId, active=true; paged by limit (1-200) and offset (without limit: every match)', tag: 'users', query: ['role', 'q', 'regionId', 'active', 'limit', 'offset'], res: 'UserPage' },
  { method: 'post', path: '/api/users', summary: 'Create a user (admin); without a password a one-time password is returned once; either way it must be changed at the first sign-in', tag: 'users', body: ids.UserBody, ok: 201, res: 'UserWithPassword' },
  { method: 'post', path: '/api/users/{username}/disable', summary: 'Disable a user (admin): no sign-in, refresh tokens stop working; access tokens run out within 15 minutes', tag: 'users', res: 'User' },
  { method: 'post', path: '/api/users/{username}/enable', summary: 'Enable a user again, lifting a lockout (admin)', tag: 'users', res: 'User' },
  { method: 'post', path: '/api/users/{username}/reset-password', summary: 'A new one-time password (admin): sessions end, the next sign-in must change it', tag: 'users', res: 'UserWithPassword' },
  { method: 'get', path: '/.well-known/jwks.json', summary: 'Built-in identity: the public keys (ES256) that verify its tokens', tag: 'auth', public: true, res: 'Jwks' },
  { method: 'get', path: '/.well-known/openid-configuration', summary: 'Built-in identity: OpenID discovery (issuer = the API base URL, jwks_uri), read by the API Gateway JWT authorizer', tag: 'auth', public: true, res: 'OpenIdConfiguration' },
  { method: 'get', path: '/api/institutions/import/template', summary: 'The institution import template (XLSX): header row 机构编号 (id), 机构名称 (name), …, an example row, and a sheet of region ids (admin)', tag: 'directory' },
  { method: 'post', path: '/api/institutions/import', summary: 'Import institutions from an XLSX (first sheet) or CSV file sent as the raw body (content-type XLSX or text/csv), at most 5,000 rows: every row is checked first; any problem is a 400 whose details.issues name row and column (path /rows/<row>/<column>) and nothing is written. Rows already present with the same content count as unchanged, so sending a file again after a 503 import-incomplete completes it (admin)', tag: 'directory', res: 'ImportReport' },
  { method: 'get', path: '/api/institutions/{id}/history', summary: "One institution's scored evaluations across rounds, baseline → annual → final (admin)", tag: 'results', res: 'InstitutionHistory' },
  { method: 'get', path: '/api/regions/{id}/history', summary: "One region across rounds, baseline → annual → final (admin): its own evaluations (region checklists) and its institutions' in aggregate per round (mean total, share met per criterion)", tag: 'results', res: 'RegionHistory' },
  { method: 'get', path: '/api/rounds/{id}/progress', summary: 'Per participant: not started / draft / submitted / returned / scored (self and expert), counts, and the re-score progress (scored on the round version of all submitted)', tag: 'rounds', res: 'RoundProgress' },
  { method: 'get', path: '/api/rounds/{id}/dashboard', summary: 'Dashboard data, compact: every text once (criteria, sections, bands, regions, names), per-institution values in columns (totals, bands, section scores, one status digit per criterion for the heat map), self and expert scores apart', tag: 'results', res: 'CompactRoundDashboard', etag: true },
  { method: 'get', path: '/api/rounds/{id}/dashboard/export', summary: "The dashboard's tables as XLSX (ranking, criteria not met, heat map, actual values, targets, gaps, versions), filtered by regionId and institutionType; Chinese, or English with lang=en", tag: 'results', query: ['regionId', 'institutionType', 'lang'] },
];

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } },
};

/**
 * The definition format's JSON Schema as components: its `$defs` become `ChecklistDefinition<Name>`
 * beside it, so the document is self-contained and tools (openapi-typescript, swagger-parser)
 * process it offline instead of failing to fetch an external `$ref`.
 */
function definitionComponents(): Record<string, unknown> {
  const { $schema: _s, $id: _i, $defs, ...root } = definitionJsonSchema() as Record<string, unknown> & { $defs?: Record<string, unknown> };
  const rewrite = (node: unknown): unknown =>
    JSON.parse(JSON.stringify(node).replace(/"#\/\$defs\/([^"]+)"/g, '"#/components/schemas/ChecklistDefinition$1"'));
  const components: Record<string, unknown> = { ChecklistDefinition: rewrite(root) };
  for (const [name, schema] of Object.entries($defs ?? {})) components[`ChecklistDefinition${name}`] = rewrite(schema);
  return components;
}

/** The success response's schema: the entity, or either it or the minimal reply where `Prefer` is honoured. */
function responseSchema(op: Operation): Record<string, unknown> {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  if (Array.isArray(op.res)) return listOf(op.res[0]);
  // anyOf, not oneOf: a whole entity also has the minimal reply's fields.
  return op.minimal ? { anyOf: [ref(op.res!), ref(op.minimal)] } : ref(op.res!);
}

function jsonSchema(schema: GenericSchema): Record<string, unknown> {
  const { $schema: _drop, ...rest } = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return rest;
}

/** The OpenAPI 3.1 document, generated from the Valibot schemas the routes validate with. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = (op.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }));
    const conditional = op.etag ? [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag of the reply the client holds: 304 while it is current' }] : [];
    const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      ...(params.length + query.length + conditional.length + (op.minimal ? 1 : 0) ? { parameters: [...params, ...query, ...conditional, ...(op.minimal ? [PREFER] : [])] } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: op.body === 'definition'
                    ? { $ref: '#/components/schemas/ChecklistDefinition', description: 'A checklist definition (forms/checklist.schema.json)' }
                    : op.body === 'scale' ? jsonSchema(StandardScaleSchema) : jsonSchema(op.body),
                },
              },
            },
          }
        : {}),
      responses: {
        [String(op.ok ?? 200)]: {
          description: 'OK',
          ...(op.minimal
            ? { headers: { ETag: { description: 'With Prefer: return=minimal: the new version, quoted', schema: { type: 'string' } }, 'Preference-Applied': { description: 'return=minimal when the preference was honoured', schema: { type: 'string' } } } }
            : op.etag
              ? { headers: { ETag: { description: 'Weak; changes whenever anything the reply is built from changes', schema: { type: 'string' } } } }
              : {}),
          ...(op.res ? { content: { 'application/json': { schema: responseSchema(op) } } } : {}),
        },
        ...(op.etag ? { '304': { description: 'Not modified: the If-None-Match tag is current; no body' } } : {}),
        '400': err('Invalid input; details.issues lists every problem with its path'),
        ...(op.public ? {} : { '401': err('No valid token'), '403': err('Not allowed for this role or institution') }),
        '404': err('Not found'),
        ...(op.method === 'get' ? {} : { '409': err('Version conflict, duplicate, or not allowed in the current state'), '413': err('Body too large') }),
        ...(op.path === '/api/auth/login' || op.path === '/api/auth/password'
          ? { '429': err('too-many-attempts: five attempts on this account name since its last success (30 s, doubling per further attempt, at most 15 min), or the account is locked after ten wrong passwords in a row (15 min, doubling, at most 24 h; an admin enable lifts it); wait the Retry-After header') }
          : {}),
        ...(op.path === '/api/auth/login' ? { '403': err('account-disabled: the password is right but the account is disabled') } : {}),
        '503': err('busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Dabiao 达标 API', version: '1.0.0', description: 'Evaluation checklists, submissions and scoring for county-hospital capability plans.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }, schemas: { Error: ERROR, ...RESPONSE_SCHEMAS, ...IDENTITY_SCHEMAS, ...definitionComponents() } },
    paths,
  };
}
