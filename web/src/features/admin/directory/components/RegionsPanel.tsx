import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useI18n } from '../../../../i18n/i18n-context';
import { useCreateRegion, type Region } from '../api/queries';
import { ScrollTable } from '../../components/ScrollTable';

type Level = 'province' | 'city' | 'county';

/** Regions as a list, and a form for a new one. */
export function RegionsPanel({ regions }: { regions: Region[] }) {
  const { t, l } = useI18n();
  const create = useCreateRegion();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<Level>('county');
  const [parentId, setParentId] = useState('');
  const names = new Map(regions.map((r) => [r.id, l(r.name)]));
  return (
    <>
      <ScrollTable label={t('dir.regions')} minWidth={560}>
          <TableHead>
            <TableRow>
              <TableCell>{t('dir.id')}</TableCell>
              <TableCell>{t('dir.name')}</TableCell>
              <TableCell>{t('dir.level')}</TableCell>
              <TableCell>{t('dir.parent')}</TableCell>
              <TableCell>{t('dir.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {regions.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.id}</TableCell>
                <TableCell>{l(r.name)}</TableCell>
                <TableCell>{t(`dir.level.${r.level}`)}</TableCell>
                <TableCell>{r.parentId ? names.get(r.parentId) ?? r.parentId : ''}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/admin/regions/${encodeURIComponent(r.id)}/history`} aria-label={`${t('dir.history')} ${l(r.name)}`}>{t('dir.history')}</Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
      </ScrollTable>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {t('dir.newRegion')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} component="form" onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ id: id.trim(), name: { zh: name.trim() }, level, ...(parentId ? { parentId } : {}) }, { onSuccess: () => { setId(''); setName(''); } });
      }}>
        <TextField size="small" label={t('dir.id')} value={id} onChange={(e) => setId(e.target.value)} required />
        <TextField size="small" label={t('dir.name')} value={name} onChange={(e) => setName(e.target.value)} required />
        <TextField size="small" select label={t('dir.level')} value={level} onChange={(e) => setLevel(e.target.value as Level)} sx={{ minWidth: 100 }}>
          {(['province', 'city', 'county'] as const).map((v) => (
            <MenuItem key={v} value={v}>{t(`dir.level.${v}`)}</MenuItem>
          ))}
        </TextField>
        <TextField size="small" select label={t('dir.parent')} value={parentId} onChange={(e) => setParentId(e.target.value)} sx={{ minWidth: 160 }}>
          <MenuItem value="">—</MenuItem>
          {regions.map((r) => (
            <MenuItem key={r.id} value={r.id}>{l(r.name)}</MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={create.isPending}>{t('dir.create')}</Button>
      </Stack>
      {create.error && <Alert severity="error" sx={{ mt: 1 }}>{create.error.message}</Alert>}
    </>
  );
}
