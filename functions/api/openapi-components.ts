/**
 * JSON Schemas of what the API returns, for the OpenAPI document. Request schemas are generated
 * from Valibot (`schemas.ts`); responses are plain domain objects, described here by hand.
 */

const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const band = nullable(obj({ id: str, label: ref('Localized') }));

const versioned = { version: int, createdAt: str, updatedAt: str, audit: { type: 'array', items: ref('AuditEntry') } };

export const RESPONSE_SCHEMAS: Record<string, unknown> = {
  Localized: obj({ zh: str, en: str }, ['zh']),
  AuditEntry: obj({ at: str, by: str, action: str, version: int, changes: { type: 'object' } }, ['at', 'by', 'action', 'version']),
  Principal: obj({ sub: str, username: str, role: { enum: ['admin', 'expert', 'institution'] }, institutionId: str }, ['sub', 'username', 'role']),
  Token: obj({ token: str }),
  Region: obj({ id: str, name: ref('Localized'), level: { enum: ['province', 'city', 'county'] }, parentId: str, ...versioned }, ['id', 'name', 'level', 'version']),
  Institution: obj({ id: str, name: ref('Localized'), regionId: str, context: { type: 'object' }, ...versioned }, ['id', 'name', 'regionId', 'context', 'version']),
  Round: obj(
    {
      id: str,
      name: ref('Localized'),
      checklistId: str,
      checklistVersion: int,
      type: { enum: ['baseline', 'annual', 'final'] },
      year: int,
      institutionIds: { type: 'array', items: str, description: 'Admins and the round\'s experts only' },
      expertIds: { type: 'array', items: str, description: 'Admins and the round\'s experts only' },
      status: { enum: ['open', 'closed'] },
      ...versioned,
    },
    ['id', 'name', 'checklistId', 'checklistVersion', 'type', 'year', 'status', 'version'],
  ),
  ChecklistSummary: obj({ id: str, version: int, status: { enum: ['published', 'retired'] }, title: ref('Localized'), publishedAt: str, publishedBy: str, itemVersion: int }),
  StandardScaleSummary: obj({ id: str, version: int, title: ref('Localized'), publishedAt: str, publishedBy: str }),
  StandardScale: {
    allOf: [ref('StandardScaleSummary'), obj({ scale: obj({ id: str, version: int, title: ref('Localized'), levels: { type: 'array', items: obj({ value: str, label: ref('Localized') }) } }, ['id', 'version', 'title', 'levels']) })],
  },
  Checklist: {
    allOf: [ref('ChecklistSummary'), obj({ definition: { type: 'object', description: 'The definition as published (forms/checklist.schema.json)' }, audit: { type: 'array', items: ref('AuditEntry') } })],
  },
  Submission: obj(
    {
      id: str,
      roundId: str,
      institutionId: str,
      kind: { enum: ['self', 'expert'] },
      checklistId: str,
      checklistVersion: int,
      status: { enum: ['draft', 'submitted', 'scored', 'returned'] },
      revision: int,
      context: { type: 'object' },
      answers: { type: 'object' },
      evidence: { type: 'object', additionalProperties: { type: 'array', items: ref('EvidenceFile') } },
      comments: { type: 'array', items: obj({ at: str, by: str, text: str, criterionId: str }, ['at', 'by', 'text']) },
      score: obj({ revision: int, checklistVersion: int, engineVersion: str, total: nullable(num), band, resultKey: str, scoredAt: str, error: obj({ code: str, message: str }), contextProblems: int }, ['revision', 'total', 'resultKey']),
      ...versioned,
    },
    ['id', 'roundId', 'institutionId', 'kind', 'status', 'revision', 'version', 'answers', 'context'],
  ),
  EvidenceFile: obj({ name: str, key: str, contentType: str, size: int, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } }),
  Download: obj({ url: str, expiresAt: str, name: str, contentType: str }),
  Upload: obj({ upload: obj({ url: str, method: { const: 'PUT' }, headers: { type: 'object', description: 'send every one with the PUT: they are signed (type, length, If-None-Match, SHA-256)' }, key: str, expiresAt: str }), file: ref('EvidenceFile') }),
  ScoreResult: obj(
    {
      checklist: obj({ id: str, version: int }),
      engineVersion: str,
      inputHash: str,
      total: nullable(num),
      band,
      vetoHits: { type: 'array', items: str },
      complete: { type: 'boolean' },
      contextProblems: { type: 'array', items: ref('Issue'), description: 'Present when the context cannot be scored; then total and band are null.' },
      error: { ...obj({ code: { enum: ['invalid-definition', 'expression-failed'] }, message: str, issues: { type: 'array', items: ref('Issue') } }, ['code', 'message']), description: 'Present when the checklist version itself could not be scored.' },
      sections: { type: 'array', items: { type: 'object' } },
      criteria: {
        type: 'array',
        items: obj({ id: str, clause: str, status: str, points: num, maxPoints: num, actual: { type: ['object', 'null'] }, target: { type: ['object', 'null'] }, gap: { type: ['object', 'null'] }, veto: { type: 'boolean' }, vetoBasis: { type: 'object' } }, ['id', 'status']),
      },
    },
    ['checklist', 'engineVersion', 'total', 'criteria'],
  ),
  DryRun: obj({ valid: { type: 'boolean' }, issues: { type: 'array', items: ref('Issue') }, warnings: { type: 'array', items: ref('Issue') }, sampleIssues: { type: 'array', items: ref('Issue') }, result: ref('ScoreResult') }, ['valid', 'issues']),
  RescoreReport: obj({ queued: { type: 'array', items: str }, skipped: { type: 'array', items: obj({ id: str, reason: str }) } }),
  Issue: obj({ path: str, code: str, message: str }),
  RoundResults: obj({
    round: { type: 'object' },
    checklistTitle: ref('Localized'),
    checklistVersions: { type: 'array', items: int },
    engineVersions: { type: 'array', items: str },
    mixedVersions: { type: 'boolean' },
    institutions: { type: 'array', items: obj({ institutionId: str, name: ref('Localized'), region: { type: ['object', 'null'] }, self: { type: ['object', 'null'] }, expert: { type: ['object', 'null'] }, difference: nullable(num) }) },
    criteria: { type: 'array', items: obj({ id: str, title: ref('Localized'), clause: str, section: str, self: { type: 'object' }, expert: { type: 'object' } }) },
    differences: { type: 'array', items: { type: 'object' } },
  }),
  ImportReport: obj({ rows: int, created: int, unchanged: int }),
  RoundProgress: { type: 'object', description: 'functions/domain/services/dashboard/round-progress.ts', required: ['roundId', 'counts', 'participants', 'rescore'] },
  RoundDashboard: { type: 'object', description: 'functions/domain/services/dashboard/round-dashboard.ts', required: ['round', 'sections', 'criteria', 'rows'] },
  InstitutionHistory: { type: 'object', description: 'functions/domain/services/dashboard/institution-history.ts', required: ['institution', 'points'] },
};

/** `{ items: [...] }`, the shape of every list. */
export function listOf(name: string) {
  return obj({ items: { type: 'array', items: ref(name) } });
}
