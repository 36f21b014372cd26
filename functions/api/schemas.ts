import * as v from 'valibot';
import { boundedRecord } from './bounded-record.js';
import { REVIEW_LIMITS } from '../domain/model/review-limits.js';

/** Request bodies and queries, validated at the edge. The OpenAPI document is generated from these. */

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-"'), v.maxLength(80));
/**
 * New round and institution ids: no ".", because submission ids join them with "." (round r with
 * institution a.b and round r.a with institution b would both be r.a.b.self).
 */
const JoinableId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]*$/i, 'letters, digits, "_" or "-"'), v.maxLength(80));
const Localized = v.strictObject({ zh: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), en: v.optional(v.pipe(v.string(), v.maxLength(200))) });
const Version = v.pipe(v.number(), v.integer(), v.minValue(1));
/** A calendar date that exists (`isoDate` alone lets 2025-02-30 through). */
const IsoDate = v.pipe(
  v.string(),
  v.isoDate('a date as YYYY-MM-DD'),
  v.check((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a date that exists in the calendar'),
);
/**
 * Entries a record in a request body may have: far more than any checklist's context fields or
 * criteria (the largest in forms/ has 100 fields), far fewer than it takes to block the server.
 */
export const MAX_RECORD_ENTRIES = 500;
const ContextValues = boundedRecord(v.pipe(v.string(), v.maxLength(80)), v.union([v.pipe(v.string(), v.maxLength(200)), v.number()]), MAX_RECORD_ENTRIES);

export const LoginBody = v.strictObject({ username: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), password: v.pipe(v.string(), v.maxLength(200)) });

export const RegionBody = v.strictObject({ id: Id, name: Localized, level: v.picklist(['province', 'city', 'county']), parentId: v.optional(Id), context: v.optional(ContextValues) });
export const RegionUpdateBody = v.strictObject({ version: Version, name: Localized, level: v.picklist(['province', 'city', 'county']), parentId: v.optional(Id), context: v.optional(ContextValues) });

export const InstitutionBody = v.strictObject({ id: JoinableId, name: Localized, regionId: Id, context: v.optional(ContextValues) });
export const InstitutionUpdateBody = v.strictObject({ version: Version, name: Localized, regionId: Id, context: v.optional(ContextValues) });

/** Participants one round may list. */
export const MAX_ROUND_PARTICIPANTS = 3000;

const RoundFields = {
  name: Localized,
  checklistId: Id,
  checklistVersion: Version,
  type: v.picklist(['baseline', 'annual', 'final']),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  // A round is one DynamoDB item (400 KB): 3,000 ids of up to 80 characters stay well under it.
  institutionIds: v.pipe(v.array(Id), v.maxLength(MAX_ROUND_PARTICIPANTS)),
  // Joinable: a region's id becomes part of its submission ids, as an institution's does.
  regionIds: v.optional(v.pipe(v.array(JoinableId), v.maxLength(MAX_ROUND_PARTICIPANTS))),
  // A calendar date; `null` on update removes it, leaving it out keeps the current one.
  deadline: v.optional(v.nullable(IsoDate)),
  expertIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(128))), v.maxLength(100)),
  status: v.optional(v.picklist(['open', 'closed'])),
};
export const RoundBody = v.strictObject({ id: JoinableId, ...RoundFields });
export const RoundUpdateBody = v.strictObject({ version: Version, ...RoundFields });

/**
 * `prefillFrom`: an on-site (expert) evaluation may start from the institution's submitted
 * self-evaluation of the same round (its id); left out, it starts empty. An explicit choice.
 */
export const CreateSubmissionBody = v.strictObject({ roundId: Id, institutionId: v.optional(Id), regionId: v.optional(Id), kind: v.picklist(['self', 'expert']), prefillFrom: v.optional(Id) });

/** One comment or note on one criterion. */
const ReviewText = v.pipe(v.string(), v.maxLength(REVIEW_LIMITS.entryChars));

const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the file as 64 lower-case hex digits'));

const EvidenceFile = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  contentType: v.pipe(v.string(), v.maxLength(200)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  // Optional only for files attached before digests were recorded; new uploads always carry it.
  sha256: v.optional(Sha256),
});

/**
 * Form answers: any JSON object, passed on whole for the checklist's engine to check. Not
 * `v.record`, which silently drops "__proto__", "constructor" and "prototype" keys: a save of
 * such a key answered 200 with the answer gone, instead of a 400 naming it.
 */
const Answers = v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'answers must be an object');

export const SaveSubmissionBody = v.strictObject({
  version: Version,
  answers: v.optional(Answers),
  context: v.optional(ContextValues),
  evidence: v.optional(boundedRecord(Id, v.pipe(v.array(EvidenceFile), v.maxLength(20)), MAX_RECORD_ENTRIES)),
  /** The author's notes per criterion id; an empty text removes a note. */
  notes: v.optional(boundedRecord(Id, ReviewText, MAX_RECORD_ENTRIES)),
});

export const VersionBody = v.strictObject({ version: Version });
/**
 * A return: an overall `comment` and/or `comments` per criterion id (at least one non-blank, checked
 * by the domain with the total size). `criterionId` with `comment` is the older single-comment form.
 */
export const ReturnBody = v.strictObject({
  version: Version,
  comment: v.optional(v.pipe(v.string(), v.maxLength(REVIEW_LIMITS.overallChars))),
  criterionId: v.optional(Id),
  comments: v.optional(boundedRecord(Id, ReviewText, MAX_RECORD_ENTRIES)),
});
export const RescoreBody = v.strictObject({ version: Version, checklistVersion: v.optional(Version) });
export const RoundRescoreBody = v.strictObject({ checklistVersion: v.optional(Version) });
export const RetireBody = v.strictObject({ itemVersion: v.optional(Version) });

export const UploadBody = v.strictObject({
  criterionId: Id,
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  contentType: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sha256: Sha256,
});

export const DryRunBody = v.strictObject({
  definition: v.record(v.string(), v.unknown()),
  sample: v.optional(
    v.strictObject({
      context: v.optional(ContextValues, {}),
      answers: v.optional(Answers, {}),
      evidence: v.optional(boundedRecord(v.string(), v.pipe(v.array(v.strictObject({ name: v.string() })), v.maxLength(20)), MAX_RECORD_ENTRIES)),
    }),
  ),
});
