import { useId, useState, type ChangeEvent } from 'react';
import { contentMatches, EVIDENCE_HEAD_BYTES } from '../../../../../functions/domain/services/evidence-signature';
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion } from '../../../lib/engine';
import { Notice } from '../../filling/components/Notice';
import '../../filling/components/plain-button.css';
import { useLive } from '../../filling/live-context';
import { formatFileSize } from '../file-size';
import { downloadEvidence, extensionOf, fileSha256, MAX_BYTES, uploadEvidence, type EvidenceFile } from '../api/upload-evidence';
import './evidence-panel.css';

const DEFAULT_ACCEPT = ['pdf', 'jpg', 'jpeg', 'png'];
/** What a phone camera produces; the camera button shows only where the criterion accepts one. */
const PHOTO_TYPES = ['jpg', 'jpeg', 'png'];

/** MUI's AttachFile and PhotoCamera icons, as paths. */
const ATTACH = 'M16.5 6v11.5c0 2.21-1.79 4-4 4s-4-1.79-4-4V5c0-1.38 1.12-2.5 2.5-2.5s2.5 1.12 2.5 2.5v10.5c0 .55-.45 1-1 1s-1-.45-1-1V6H10v9.5c0 1.38 1.12 2.5 2.5 2.5s2.5-1.12 2.5-2.5V5c0-2.21-1.79-4-4-4S7 2.79 7 5v12.5c0 3.04 2.46 5.5 5.5 5.5s5.5-2.46 5.5-5.5V6z';
const CAMERA = 'M9 2 7.17 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2h-3.17L15 2zm3 15c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5';
const icon = (d: string, circle?: boolean) => (
  <span className="plain-button-icon">
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {circle && <circle cx="12" cy="12" r="3.2" />}
      <path d={d} />
    </svg>
  </span>
);

/**
 * Attach, list, download and remove the evidence files of one criterion (and list the
 * institution's, read-only, on site). Plain elements styled by `evidence-panel.css` and
 * `plain-button.css` (a panel shows under every criterion that asks for evidence, on the form's
 * first paint). The file inputs sit, visually hidden but focusable, inside their labels drawn as
 * buttons: Tab reaches them, Enter or Space opens the picker, the label's text names them.
 */
export function EvidencePanel({ criterion }: { criterion: Criterion }) {
  const live = useLive()!;
  const { t, l, lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  const inputId = useId();
  const cameraId = useId();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const accept = (criterion.evidence?.accept ?? DEFAULT_ACCEPT).map((a) => a.toLowerCase().replace(/^\./, ''));
  const files = (live.evidence[criterion.id] ?? []) as EvidenceFile[];
  const institutions = (live.inherited?.[criterion.id] ?? []) as EvidenceFile[];
  const types = accept.map((a) => a.toUpperCase()).join(t('common.enumSeparator'));
  const size = formatFileSize(MAX_BYTES, locale);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    if (!accept.includes(extensionOf(file.name))) return setError(t('evidence.badType', { name: file.name, types }));
    if (file.size > MAX_BYTES) return setError(t('evidence.tooLarge', { name: file.name, size }));
    // The server reads the same bytes when the file is attached; said here, nothing is uploaded in vain.
    if (!contentMatches(extensionOf(file.name), new Uint8Array(await file.slice(0, EVIDENCE_HEAD_BYTES).arrayBuffer()))) return setError(t('evidence.badContent', { name: file.name, types }));
    setProgress({ name: file.name, fraction: 0 });
    try {
      // The same file twice on one criterion is one piece of evidence listed twice: say so, send nothing.
      const digest = await fileSha256(file);
      const same = files.find((f) => f.sha256 === digest);
      if (same) return setError(t('evidence.duplicate', { name: file.name, existing: same.name }));
      const ref = await uploadEvidence(live.submissionId, criterion.id, file, (fraction) => setProgress({ name: file.name, fraction }), digest);
      live.setEvidence(criterion.id, [...files, ref]);
    } catch (err) {
      const issue = err instanceof ApiError ? (err.details as { issues?: { code: string }[] } | undefined)?.issues?.[0]?.code : undefined;
      setError(
        issue === 'file-type' || issue === 'content-type'
          ? t('evidence.badType', { name: file.name, types })
          : issue === 'file-content'
            ? t('evidence.badContent', { name: file.name, types })
          : issue === 'too-large' || (err instanceof ApiError && err.status === 413)
            ? t('evidence.tooLarge', { name: file.name, size })
            : t('evidence.failed', { message: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setProgress(null);
    }
  };

  const pct = progress ? Math.round(progress.fraction * 100) : 0;
  const picker = (id: string, label: string, glyph: ReturnType<typeof icon>, input: Record<string, string | boolean>) => (
    <label htmlFor={id} className={`plain-button plain-button-outlined plain-button-small evidence-pick`} aria-disabled={!!progress || undefined}>
      {glyph}
      {label}
      <input id={id} type="file" className="evidence-file-input" disabled={!!progress} onChange={(e) => void onPick(e)} {...input} />
    </label>
  );

  return (
    <div className="evidence-panel">
      <p className="evidence-title">
        {t('crit.evidence')}
        {criterion.evidence?.hint ? `${t('common.colon')}${l(criterion.evidence.hint)}` : ''}
      </p>
      {files.length === 0 && institutions.length === 0 && <p className="evidence-muted">{t('evidence.none')}</p>}
      <ul className="evidence-files">
        {/* The institution's files count on site too; they belong to its self-evaluation, so no remove button. */}
        {institutions.map((f, i) => (
          <li key={f.key} data-evidence-inherited>
            <FileLine file={f} locale={locale} onDownload={() => void downloadEvidence(live.submissionId, criterion.id, i, 'inherited')} />
            <span className="evidence-chip">{t('evidence.fromInstitution')}</span>
          </li>
        ))}
        {files.map((f, i) => (
          <li key={f.key}>
            <FileLine file={f} locale={locale} onDownload={() => void downloadEvidence(live.submissionId, criterion.id, i)} />
            {!live.readOnly && (
              <button type="button" className="plain-button plain-button-small plain-button-error" onClick={() => live.setEvidence(criterion.id, files.filter((_, j) => j !== i))} aria-label={`${t('evidence.remove')} ${f.name}`}>
                {t('evidence.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {progress && (
        <div className="evidence-progress">
          <span className="evidence-caption">{t('evidence.uploading', { name: progress.name })}</span>
          <div className="evidence-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={t('evidence.uploading', { name: progress.name })}>
            <div className="evidence-bar-fill" style={{ transform: `translateX(${pct - 100}%)` }} />
          </div>
        </div>
      )}
      {error && (
        <Notice severity="error" className="evidence-error">
          {error}
        </Notice>
      )}
      {!live.readOnly && (
        <div className="evidence-actions">
          {picker(inputId, t('evidence.attach'), icon(ATTACH), { accept: accept.map((a) => `.${a}`).join(','), 'data-criterion-upload': criterion.id })}
          {live.capture && accept.some((a) => PHOTO_TYPES.includes(a)) && picker(cameraId, t('evidence.photo'), icon(CAMERA, true), { accept: 'image/*', capture: 'environment', 'data-criterion-photo': criterion.id })}
          <span className="evidence-caption evidence-muted">{t('evidence.accept', { types, size })}</span>
        </div>
      )}
    </div>
  );
}

/** A file's name as its download link, then its size. */
function FileLine({ file, locale, onDownload }: { file: EvidenceFile; locale: string; onDownload(): void }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="evidence-link" onClick={onDownload} aria-label={`${t('evidence.download')} ${file.name}`}>
        {file.name}
      </button>
      <span className="evidence-caption evidence-muted"> ({formatFileSize(file.size, locale)}) </span>
    </>
  );
}
