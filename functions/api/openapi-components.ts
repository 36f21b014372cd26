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

const institutionRows = { type: 'array', items: obj({ institutionId: str, name: ref('Localized'), region: { type: ['object', 'null'] }, regionId: nullable(str), self: { type: ['object', 'null'] }, expert: { type: ['object', 'null'] }, difference: nullable(num) }) };
const regionRows = { type: 'array', items: obj({ regionId: str, name: ref('Localized'), parent: { type: ['object', 'null'] }, self: { type: ['object', 'null'] }, expert: { type: ['object', 'null'] }, difference: nullable(num) }) };

const versioned = { version: int, createdAt: str, updatedAt: str, audit: { type: 'array', items: ref('AuditEntry') } };

export const RESPONSE_SCHEMAS: Record<string, unknown> = {
  Localized: obj({ zh: str, en: str }, ['zh']),
  AuditEntry: obj({ at: str, by: str, action: str, version: int, changes: { type: 'object' } }, ['at', 'by', 'action', 'version']),
  Principal: obj({ sub: str, username: str, role: { enum: ['admin', 'expert', 'institution'] }, institutionId: str }, ['sub', 'username', 'role']),
  Token: obj({ token: str }),
  Region: obj({ id: str, name: ref('Localized'), level: { enum: ['province', 'city', 'county'] }, parentId: str, context: { type: 'object', description: 'Copied into the context of the region\'s submissions in region rounds' }, ...versioned }, ['id', 'name', 'level', 'version']),
  Institution: obj({ id: str, name: ref('Localized'), regionId: str, context: { type: 'object' }, ...versioned }, ['id', 'name', 'regionId', 'context', 'version']),
  Round: obj(
    {
      id: str,
      name: ref('Localized'),
      checklistId: str,
      checklistVersion: int,
      type: { enum: ['baseline', 'annual', 'final'] },
      year: int,
      institutionIds: { type: 'array', items: str, description: 'Admins and the round\'s experts; a commission sees those it oversees' },
      regionIds: { type: 'array', items: str, description: 'The regions evaluated in a region-checklist round (admins and the round\'s experts; a commission sees those it oversees)' },
      deadline: { type: 'string', format: 'date', description: 'The last day to submit (informational)' },
      expertIds: { type: 'array', items: str, description: 'Admins and the round\'s experts only' },
      status: { enum: ['open', 'closed'] },
      ...versioned,
    },
    ['id', 'name', 'checklistId', 'checklistVersion', 'type', 'year', 'status', 'version'],
  ),
  ChecklistSummary: obj({ id: str, version: int, status: { enum: ['published', 'retired'] }, title: ref('Localized'), subject: { enum: ['institution', 'region', 'person'] }, publishedAt: str, publishedBy: str, itemVersion: int, statusChange: obj({ action: { enum: ['retire', 'restore'] }, at: str, by: str }) }, ['id', 'version', 'status', 'title', 'subject', 'publishedAt', 'publishedBy', 'itemVersion']),
  ChecklistContextFields: obj({
    checklistId: str,
    version: int,
    subject: { enum: ['institution', 'region', 'person'] },
    title: ref('Localized'),
    fields: {
      type: 'array',
      items: obj(
        { id: str, label: ref('Localized'), kind: { enum: ['enum', 'number', 'scale', 'text'] }, unit: ref('Localized'), options: { type: 'array', description: 'The codes the field takes and their labels (enum options, scale levels)', items: obj({ value: str, label: ref('Localized') }) } },
        ['id', 'label', 'kind'],
      ),
    },
  }),
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
      institutionId: { ...str, description: 'The institution evaluated (absent when a region is)' },
      regionId: { ...str, description: 'The region evaluated, in a region round (absent when an institution is)' },
      kind: { enum: ['self', 'expert'] },
      checklistId: str,
      checklistVersion: int,
      status: { enum: ['draft', 'submitted', 'scored', 'returned'] },
      revision: int,
      context: { type: 'object' },
      answers: { type: 'object' },
      evidence: { type: 'object', additionalProperties: { type: 'array', items: ref('EvidenceFile') } },
      comments: { type: 'array', items: obj({ at: str, by: str, text: str, criterionId: str }, ['at', 'by', 'text']) },
      notes: { type: 'object', additionalProperties: str, description: 'The author\'s notes per criterion id' },
      prefilledFrom: obj({ submissionId: str, revision: int }),
      inheritedEvidence: {
        ...obj({ submissionId: str, files: { type: 'object', additionalProperties: { type: 'array', items: ref('EvidenceFile') } } }, ['submissionId', 'files']),
        description: "The self-evaluation's evidence when the on-site evaluation was started from it: counted with evidence when scoring; set by the server, not by saves",
      },
      score: obj({ revision: int, checklistVersion: int, engineVersion: str, total: nullable(num), band, resultKey: str, scoredAt: str, error: obj({ code: str, message: str }), contextProblems: int }, ['revision', 'total', 'resultKey']),
      ...versioned,
    },
    ['id', 'roundId', 'kind', 'status', 'revision', 'version', 'answers', 'context'],
  ),
  EvidenceFile: obj({ name: str, key: str, contentType: str, size: int, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } }),
  Download: obj({ url: str, expiresAt: str, name: str, contentType: str }),
  SavedVersion: obj({ id: str, version: int, updatedAt: str }, ['id', 'version', 'updatedAt']),
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
  DryRun: obj({ valid: { type: 'boolean' }, issues: { type: 'array', items: ref('Issue') }, warnings: { type: 'array', items: ref('Issue') }, sampleIssues: { type: 'array', items: ref('Issue') }, result: ref('ScoreResult'), definition: { type: 'object', additionalProperties: true, description: 'When valid: the definition as it would be published (scale references expanded, form generated)' } }, ['valid', 'issues']),
  RescoreReport: obj({ queued: { type: 'array', items: str }, skipped: { type: 'array', items: obj({ id: str, reason: str }) } }),
  Issue: obj({ path: str, code: str, message: str }),
  KindSummary: obj({ scored: int, meanTotal: nullable(num), bands: { type: 'object', additionalProperties: int } }),
  RoundResults: obj({
    round: { type: 'object' },
    checklistTitle: ref('Localized'),
    checklistVersions: { type: 'array', items: int },
    engineVersions: { type: 'array', items: str },
    mixedVersions: { type: 'boolean' },
    participants: { enum: ['institution', 'region'] },
    institutions: institutionRows,
    regions: regionRows,
    byRegion: {
      type: 'array',
      description: 'An institution round grouped by region, per kind: scored institutions, mean total, band counts',
      items: obj({ regionId: nullable(str), name: { type: ['object', 'null'] }, count: int, self: ref('KindSummary'), expert: ref('KindSummary') }),
    },
    criteria: { type: 'array', items: obj({ id: str, title: ref('Localized'), clause: str, section: str, self: { type: 'object' }, expert: { type: 'object' } }) },
    differences: { type: 'array', items: { type: 'object' } },
  }),
  OverseenRound: obj({
    round: obj({ id: str, name: ref('Localized'), year: int, type: str, checklistId: str, checklistVersion: int, status: { enum: ['open', 'closed'] }, deadline: str }, ['id', 'name', 'year', 'type', 'checklistId', 'checklistVersion', 'status']),
    checklistTitle: ref('Localized'),
    participants: { enum: ['institution', 'region'] },
    institutions: institutionRows,
    regions: { ...regionRows, description: "The regions it oversees in a region round, its own left out (its home lists its own evaluation already)" },
  }),
  ComparedSide: obj({ status: str, points: num, maxPoints: num, value: {}, text: nullable(ref('Localized')), reason: nullable({ enum: ['condition-not-met', 'no-target-for-context', 'evidence-missing', 'no-answer'] }), note: { ...nullable(str), description: "The side's author's note on the criterion (an expert's on-site observation)" } }),
  ComparedSubmission: obj({ submissionId: str, status: { enum: ['draft', 'submitted', 'scored', 'returned'] }, total: nullable(num), checklistVersion: nullable(int) }),
  RoundComparison: obj({
    round: obj({ id: str, name: ref('Localized'), year: int, type: str, checklistId: str, checklistVersion: int, status: str }),
    checklistTitle: ref('Localized'),
    institutions: {
      type: 'array',
      items: obj({
        institutionId: str,
        name: ref('Localized'),
        self: nullable(ref('ComparedSubmission')),
        expert: nullable(ref('ComparedSubmission')),
        comparable: { type: 'boolean' },
        totalDifference: nullable(num),
        disagreements: int,
        pointsGap: num,
        criteria: {
          type: 'array',
          items: obj({ criterionId: str, title: ref('Localized'), section: str, clause: str, self: nullable(ref('ComparedSide')), expert: nullable(ref('ComparedSide')), different: { type: 'boolean' }, pointsDifference: nullable(num) }),
        },
      }),
    },
    differences: { type: 'array', items: obj({ institutionId: str, name: ref('Localized'), criterionId: str, title: ref('Localized'), self: ref('ComparedSide'), expert: ref('ComparedSide'), pointsDifference: num }) },
  }),
  ImportReport: obj({ rows: int, created: int, unchanged: int }),
  RoundProgress: { type: 'object', description: 'functions/domain/services/dashboard/round-progress.ts', required: ['roundId', 'counts', 'participants', 'rescore'] },
  RoundDashboard: { type: 'object', description: 'functions/domain/services/dashboard/round-dashboard.ts', required: ['round', 'sections', 'criteria', 'rows'] },
  CompactRoundDashboard: { type: 'object', description: 'functions/domain/services/dashboard/compact-dashboard.ts', required: ['format', 'round', 'sections', 'criteria', 'bands', 'statusCodes', 'stages', 'institutions', 'self', 'expert'] },
  InstitutionHistory: { type: 'object', description: 'functions/domain/services/dashboard/institution-history.ts', required: ['institution', 'points'] },
  RegionHistory: { type: 'object', description: 'functions/domain/services/dashboard/region-history.ts', required: ['region', 'own', 'aggregates', 'criterionTitles'] },
};

/** `{ items: [...] }`, the shape of every list. */
export function listOf(name: string) {
  return obj({ items: { type: 'array', items: ref(name) } });
}
