import type { ChecklistRecord, ChecklistSummary } from '../model/checklist-record.js';
import type { Institution } from '../model/institution.js';
import type { Region } from '../model/region.js';
import type { EvaluationRound } from '../model/round.js';
import type { StandardScaleRecord } from '../model/standard-scale-record.js';
import type { SubmissionDigest } from '../model/submission-digest.js';
import type { Submission, SubmissionStatus } from '../model/submission.js';
import type { ScoreResult } from '../../scoring/result-types.js';

/**
 * Storage for versioned entities. `create` fails with `AlreadyExistsError` when the id is taken;
 * `replace` writes `next` only if the stored version is still `expectedVersion` (else
 * `VersionConflictError`); `next` carries the bumped version and the appended audit entry, so a
 * state change and its audit entry are one conditional write.
 */
export interface VersionedRepository<T> {
  create(item: T): Promise<void>;
  get(id: string): Promise<T | undefined>;
  list(): Promise<T[]>;
  replace(next: T, expectedVersion: number): Promise<void>;
}

export type RegionRepository = VersionedRepository<Region>;

export interface InstitutionRepository extends VersionedRepository<Institution> {
  listByRegion(regionId: string): Promise<Institution[]>;
}

export interface RoundRepository extends VersionedRepository<EvaluationRound> {
  /**
   * The round as this process last read or wrote it, if that was at most `maxAgeMs` ago, else
   * read afresh. For hot paths that accept a bounded staleness (another process's change to the
   * round shows after at most `maxAgeMs`); without it, callers `get`.
   */
  getRecent?(id: string, maxAgeMs: number): Promise<EvaluationRound | undefined>;
}

export interface SubmissionRepository extends Omit<VersionedRepository<Submission>, 'list'> {
  /**
   * The submission as this process last read or wrote it, if that was at `version`; no I/O. A
   * hint only: another process may have changed it since, so a write based on it must be the
   * conditional `replace` on that version, which then fails instead of overwriting.
   */
  peek?(id: string, version: number): Submission | undefined;
  /**
   * Writes `next` only while the stored version is `expectedVersion` and, given `fromStatus`,
   * the stored status is one of those (else `VersionConflictError`).
   */
  replace(next: Submission, expectedVersion: number, fromStatus?: readonly SubmissionStatus[]): Promise<void>;
  listByRound(roundId: string): Promise<Submission[]>;
  /** The round's submissions as digests (no answers), in the order of `listByRound`: what its console pages read. */
  listDigestsByRound(roundId: string): Promise<SubmissionDigest[]>;
  listByInstitution(institutionId: string): Promise<Submission[]>;
  /** A region's own submissions (region-subject rounds), newest first; not those of its institutions. */
  listByRegion(regionId: string): Promise<Submission[]>;
  /**
   * Submissions still `submitted` (waiting for their score) that were submitted at or before `cutoff`
   * (an ISO time), oldest first. Read from an index: one scored a moment ago may still appear.
   */
  listSubmittedBefore(cutoff: string): Promise<Submission[]>;
}

/** Published checklist versions: immutable except for retiring. */
export interface ChecklistRepository {
  /** Fails with `AlreadyExistsError` when (id, version) exists. */
  publish(record: ChecklistRecord): Promise<void>;
  get(id: string, version: number): Promise<ChecklistRecord | undefined>;
  /** Every version of one checklist, newest first. */
  listVersions(id: string): Promise<ChecklistSummary[]>;
  /** Every version of every checklist. */
  listAll(): Promise<ChecklistSummary[]>;
  /** Conditional on `itemVersion`; `next` carries the new status, item version and audit. */
  replace(next: ChecklistRecord, expectedItemVersion: number): Promise<void>;
}

/** Published standard scales (referenced by checklists as `<id>@<version>`): immutable, never replaced. */
export interface ScaleRepository {
  /** Fails with `AlreadyExistsError` when (id, version) exists. */
  publish(record: StandardScaleRecord): Promise<void>;
  get(id: string, version: number): Promise<StandardScaleRecord | undefined>;
  /** Every version of every standard scale, by id then version. */
  listAll(): Promise<StandardScaleRecord[]>;
}

/** Full engine results, one immutable item per (submission, revision, checklist version, engine version). */
export interface ResultRepository {
  /** Writes once; returns false (and writes nothing) when a result with this key already exists. */
  putIfAbsent(submissionId: string, resultKey: string, result: ScoreResult): Promise<boolean>;
  get(submissionId: string, resultKey: string): Promise<ScoreResult | undefined>;
}

/** Every repository the use cases need. */
export interface Repositories {
  checklists: ChecklistRepository;
  scales: ScaleRepository;
  regions: RegionRepository;
  institutions: InstitutionRepository;
  rounds: RoundRepository;
  submissions: SubmissionRepository;
  results: ResultRepository;
}
