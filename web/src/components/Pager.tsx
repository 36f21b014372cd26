import TablePagination, { type TablePaginationProps } from '@mui/material/TablePagination';
import { useI18n } from '../i18n/i18n-context';

/** MUI's table pagination with its labels in the page's language (its own are English). */
export function Pager(props: Omit<TablePaginationProps, 'component' | 'labelRowsPerPage' | 'labelDisplayedRows' | 'getItemAriaLabel'>) {
  const { t, num } = useI18n();
  return (
    <TablePagination
      component="div"
      {...props}
      labelRowsPerPage={t('pager.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) => t('pager.range', { from: num(from), to: num(to), count: num(count) })}
      getItemAriaLabel={(type) => t(type === 'next' ? 'pager.next' : type === 'previous' ? 'pager.previous' : type === 'first' ? 'pager.first' : 'pager.last')}
    />
  );
}
