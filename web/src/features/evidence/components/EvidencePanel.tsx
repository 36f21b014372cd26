import AttachFileIcon from '@mui/icons-material/AttachFile';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n-context';
import type { Criterion } from '../../../lib/engine';
import { useLive } from '../../filling/live-context';
import { formatFileSize } from '../file-size';
import { downloadEvidence, extensionOf, MAX_BYTES, uploadEvidence, type EvidenceFile } from '../api/upload-evidence';

const DEFAULT_ACCEPT = ['pdf', 'jpg', 'jpeg', 'png'];
/** What a phone camera produces; the camera button shows only where the criterion accepts one. */
const PHOTO_TYPES = ['jpg', 'jpeg', 'png'];

/** Attach, list, download and remove the evidence files of one criterion (and list the institution's, read-only, on site). */
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
    setProgress({ name: file.name, fraction: 0 });
    try {
      const ref = await uploadEvidence(live.submissionId, criterion.id, file, (fraction) => setProgress({ name: file.name, fraction }));
      live.setEvidence(criterion.id, [...files, ref]);
    } catch (err) {
      const issue = err instanceof ApiError ? (err.details as { issues?: { code: string }[] } | undefined)?.issues?.[0]?.code : undefined;
      setError(
        issue === 'file-type' || issue === 'content-type'
          ? t('evidence.badType', { name: file.name, types })
          : issue === 'too-large' || (err instanceof ApiError && err.status === 413)
            ? t('evidence.tooLarge', { name: file.name, size })
            : t('evidence.failed', { message: err instanceof Error ? err.message : String(err) }),
      );
    } finally {
      setProgress(null);
    }
  };

  return (
    <Box sx={{ mt: 1 }} className="evidence-panel">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('crit.evidence')}
        {criterion.evidence?.hint ? `${t('common.colon')}${l(criterion.evidence.hint)}` : ''}
      </Typography>
      {files.length === 0 && institutions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('evidence.none')}
        </Typography>
      )}
      <Box component="ul" sx={{ pl: 2, my: 0.5 }}>
        {/* The institution's files count on site too; they belong to its self-evaluation, so no remove button. */}
        {institutions.map((f, i) => (
          <li key={f.key} data-evidence-inherited>
            <FileLine file={f} locale={locale} onDownload={() => void downloadEvidence(live.submissionId, criterion.id, i, 'inherited')} />
            <Chip size="small" variant="outlined" label={t('evidence.fromInstitution')} sx={{ height: 22 }} />
          </li>
        ))}
        {files.map((f, i) => (
          <li key={f.key}>
            <FileLine file={f} locale={locale} onDownload={() => void downloadEvidence(live.submissionId, criterion.id, i)} />
            {!live.readOnly && (
              <Button size="small" color="error" onClick={() => live.setEvidence(criterion.id, files.filter((_, j) => j !== i))} aria-label={`${t('evidence.remove')} ${f.name}`}>
                {t('evidence.remove')}
              </Button>
            )}
          </li>
        ))}
      </Box>
      {progress && (
        <Box sx={{ my: 1 }}>
          <Typography variant="caption">{t('evidence.uploading', { name: progress.name })}</Typography>
          <LinearProgress variant="determinate" value={Math.round(progress.fraction * 100)} aria-label={t('evidence.uploading', { name: progress.name })} />
        </Box>
      )}
      {error && (
        <Alert severity="error" sx={{ my: 1 }} role="alert">
          {error}
        </Alert>
      )}
      {!live.readOnly && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Button component="label" htmlFor={inputId} size="small" variant="outlined" startIcon={<AttachFileIcon />} disabled={!!progress} sx={{ minHeight: 44 }}>
            {t('evidence.attach')}
            <input id={inputId} type="file" hidden accept={accept.map((a) => `.${a}`).join(',')} onChange={(e) => void onPick(e)} data-criterion-upload={criterion.id} />
          </Button>
          {live.capture && accept.some((a) => PHOTO_TYPES.includes(a)) && (
            <Button component="label" htmlFor={cameraId} size="small" variant="outlined" startIcon={<PhotoCameraIcon />} disabled={!!progress} sx={{ minHeight: 44 }}>
              {t('evidence.photo')}
              <input id={cameraId} type="file" hidden accept="image/*" capture="environment" onChange={(e) => void onPick(e)} data-criterion-photo={criterion.id} />
            </Button>
          )}
          <Typography variant="caption" color="text.secondary">
            {t('evidence.accept', { types, size })}
          </Typography>
        </Box>
      )}
    </Box>
  );
}

/** A file's name as its download link, then its size. */
function FileLine({ file, locale, onDownload }: { file: EvidenceFile; locale: string; onDownload(): void }) {
  const { t } = useI18n();
  return (
    <>
      <Link component="button" type="button" onClick={onDownload} aria-label={`${t('evidence.download')} ${file.name}`}>
        {file.name}
      </Link>
      <Typography component="span" variant="caption" color="text.secondary">
        {' '}
        ({formatFileSize(file.size, locale)}){' '}
      </Typography>
    </>
  );
}
