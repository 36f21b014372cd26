import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useCallback } from 'react';
import { issueText } from '../../../../../../functions/checklist/issue-text';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DefinitionProblem } from '../api/queries';

/** A problem's text in the current language, made from its code and params where the app knows them. */
export function useProblemText() {
  const { lang } = useI18n();
  return useCallback(
    (p: DefinitionProblem) => {
      const text = issueText(p as Parameters<typeof issueText>[0]);
      return text ? text[lang] : p.message;
    },
    [lang],
  );
}

/**
 * Problems, each with its path; with `onGo`, each is a button that puts the editor's cursor on
 * the place it names.
 */
export function ProblemList({ title, problems, severity = 'error', omitted, onGo }: { title: string; problems: DefinitionProblem[]; severity?: 'error' | 'warning'; omitted?: number; onGo?(p: DefinitionProblem): void }) {
  const { t } = useI18n();
  const text = useProblemText();
  return (
    <Alert severity={severity} sx={{ my: 2, '& .MuiAlert-message': { width: '100%' } }} data-testid={`problems-${severity}`}>
      {title}
      <List dense disablePadding>
        {problems.map((p, i) => (
          <ListItem key={i} disablePadding>
            <ListItemButton disabled={!onGo} onClick={() => onGo?.(p)} className="definition-problem" data-path={p.path} sx={{ borderRadius: 1, opacity: '1 !important' }}>
              <ListItemText
                primary={text(p)}
                // A syntax error's place is a text offset ("@44"), already given as line and column in its text.
                secondary={p.path.startsWith('@') ? undefined : `${t('cl.path')}${t('common.colon')}${p.path === '/' || p.path === '' ? t('cl.root') : p.path}`}
                slotProps={{ secondary: { sx: { fontFamily: 'monospace' } } }}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {!!omitted && t('cl.problemsMore', { count: omitted })}
    </Alert>
  );
}
