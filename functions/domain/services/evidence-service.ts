import { InvalidStateError, NotFoundError, ValidationError, type Issue } from '../errors.js';
import type { EvidenceFile, Submission } from '../model/submission.js';
import type { DownloadTicket, UploadTicket } from '../ports/evidence-store.js';
import type { Principal } from '../ports/token-verifier.js';
import { EVIDENCE_CONTENT_TYPES, EVIDENCE_TYPES, evidenceKey, extensionOf, isEvidenceKeyFor } from './evidence-rules.js';
import { requirePrepared } from './prepared-checklist.js';
import type { ServiceDeps } from './service-deps.js';
import { loadSubmission } from './submission-access.js';

export interface UploadRequest {
  criterionId: string;
  fileName: string;
  contentType: string;
  size: number;
  /** SHA-256 of the file, lower-case hex: the store refuses any other content under the key. */
  sha256: string;
}

/** A download URL with the name and type the file was attached under. */
export interface EvidenceDownload extends DownloadTicket {
  name: string;
  contentType: string;
}

/**
 * The files a submission lists for a criterion: its own, or (`inherited`) the self-evaluation's
 * that an on-site evaluation started from. Whoever may read the on-site evaluation may open those:
 * they are its evidence. Inherited keys must still name the self-evaluation they came from.
 */
function attached(submission: Submission, source: 'own' | 'inherited', criterionId: string): EvidenceFile[] | undefined {
  if (source === 'own') return Object.hasOwn(submission.evidence, criterionId) ? submission.evidence[criterionId] : undefined;
  const inherited = submission.inheritedEvidence;
  if (!inherited || !Object.hasOwn(inherited.files, criterionId)) return undefined;
  return inherited.files[criterionId]!.filter((f) => isEvidenceKeyFor(f.key, inherited.submissionId, criterionId));
}

/**
 * Issues upload URLs for evidence, enforcing type and size before anything is stored, and
 * download URLs to whoever may read the submission.
 */
export function createEvidenceService(deps: ServiceDeps) {
  return {
    /** Returns where to upload and the file reference to attach with the next save. */
    async requestUpload(p: Principal, submissionId: string, input: UploadRequest): Promise<{ upload: UploadTicket; file: EvidenceFile }> {
      const { submission, round } = await loadSubmission(deps.repos, p, submissionId, 'edit');
      // Only while the next save could attach the file: an upload URL is the one write to evidence.
      if (submission.status !== 'draft' && submission.status !== 'returned') {
        throw new InvalidStateError(`Evidence cannot be added to a ${submission.status} submission`, { status: submission.status });
      }
      if (round.status !== 'open') throw new InvalidStateError(`Round ${round.id} is closed`);
      const prepared = await requirePrepared(deps, submission.checklistId, submission.checklistVersion);
      const criterion = prepared.definition.criteria.find((c) => c.id === input.criterionId);
      const issues: Issue[] = [];
      if (!criterion) issues.push({ path: '/criterionId', code: 'unknown-criterion', message: `the checklist has no criterion ${input.criterionId}` });
      const ext = extensionOf(input.fileName);
      const accept = criterion?.evidence?.accept?.map((a) => a.toLowerCase().replace(/^\./, ''));
      if (!EVIDENCE_TYPES[ext] || (accept && !accept.includes(ext))) {
        issues.push({ path: '/fileName', code: 'file-type', message: `accepted: ${(accept ?? Object.keys(EVIDENCE_TYPES)).join(', ')}` });
      } else if (EVIDENCE_TYPES[ext] !== input.contentType) {
        issues.push({ path: '/contentType', code: 'content-type', message: `a .${ext} file must be sent as ${EVIDENCE_TYPES[ext]}` });
      }
      if (input.size > deps.config.maxEvidenceBytes) {
        issues.push({ path: '/size', code: 'too-large', message: `files may be at most ${deps.config.maxEvidenceBytes} bytes` });
      }
      if (issues.length) throw new ValidationError('This file cannot be attached', issues, 'invalid-evidence');
      const key = evidenceKey(submission.id, input.criterionId, input.fileName);
      const upload = await deps.evidence.createUpload({ key, contentType: input.contentType, size: input.size, sha256: input.sha256 });
      return { upload, file: { name: input.fileName, key, contentType: input.contentType, size: input.size, sha256: input.sha256 } };
    },

    /**
     * A short-lived URL for the `index`-th file attached to `criterionId` (of the submission's own
     * files, or of those it inherited from the self-evaluation): the same right as reading the submission. 404 for an index that is not attached or a file never uploaded.
     */
    async requestDownload(p: Principal, submissionId: string, criterionId: string, index: string, source: 'own' | 'inherited' = 'own'): Promise<EvidenceDownload> {
      const { submission } = await loadSubmission(deps.repos, p, submissionId, 'read');
      const file = /^(0|[1-9]\d{0,5})$/.test(index) ? attached(submission, source, criterionId)?.[Number(index)] : undefined;
      if (!file || !(await deps.evidence.stat(file.key))) throw new NotFoundError('Evidence file', `${submissionId}/${criterionId}/${index}`);
      // Saves made before content types were checked may hold anything: never serve that as a header.
      const contentType = EVIDENCE_CONTENT_TYPES.has(file.contentType) ? file.contentType : 'application/octet-stream';
      // Only references with a digest pin the size too: older local uploads could be shorter than declared.
      const recorded = file.sha256 ? { size: file.size, sha256: file.sha256 } : {};
      const ticket = await deps.evidence.createDownload(file.key, { fileName: file.name, contentType, ...recorded });
      return { ...ticket, name: file.name, contentType };
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
