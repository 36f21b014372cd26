import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import { exampleOutline } from '../outline/example-outline';
import { outlinePlaceText, outlineProblemText } from '../outline/outline-text';
import { readOutline, type OutlineProblem } from '../outline/read-outline';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The criteria-first start (issue 12): an outline of sections and criteria, pasted or uploaded,
 * turned into a definition in the browser as `npm run checklist -- init` does. Its problems are
 * listed at their places in the outline; a clean one replaces the editor's text. Loaded lazily
 * by the publish page alone, so the conversion stays out of every other page's code.
 */
export default function OutlineDialog({ onCancel, onGenerate }: { onCancel(): void; onGenerate(definition: Record<string, unknown>): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(() => pretty(exampleOutline()));
  const [problems, setProblems] = useState<OutlineProblem[]>([]);

  const edit = (next: string) => {
    setText(next);
    setProblems([]);
  };
  const generate = () => {
    const reading = readOutline(text);
    if (reading.ok) onGenerate(reading.definition);
    else setProblems(reading.problems);
  };

  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="outline-title" aria-describedby="outline-intro">
      <DialogTitle id="outline-title">{t('outline.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="outline-intro" sx={{ mb: 2 }}>
          {t('outline.intro')}
        </DialogContentText>
        {/* Above the outline, so the author sees them without scrolling past it. */}
        {problems.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert" data-testid="outline-problems">
            {t('outline.problems', { count: problems.length })}
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {problems.map((p, i) => (
                <li key={i} className="outline-problem" data-path={p.path}>
                  {outlinePlaceText(p.path, t)}
                  {t('common.colon')}
                  {outlineProblemText(p, t)}
                  {p.path && <code style={{ marginLeft: 8 }}>{p.path}</code>}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <TextField
          label={t('outline.label')}
          value={text}
          onChange={(e) => edit(e.target.value)}
          multiline
          minRows={10}
          maxRows={16}
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'outline-text', style: { fontFamily: 'monospace', fontSize: 13 } } }}
        />
        <DialogContentText variant="body2" sx={{ mt: 2 }}>
          {t('outline.replaces')}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button component="label">
          {t('outline.upload')}
          <input hidden type="file" accept="application/json,.json" data-testid="upload-outline" onChange={(e) => e.target.files?.[0] && void e.target.files[0].text().then(edit)} />
        </Button>
        <Button onClick={() => edit(pretty(exampleOutline()))}>{t('outline.example')}</Button>
        <Button onClick={onCancel}>{t('outline.cancel')}</Button>
        <Button variant="contained" onClick={generate}>
          {t('outline.generate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
