import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/**
 * A console table that stays readable on a phone: below `minWidth` it scrolls sideways inside its
 * own box, never the page, instead of squeezing each column to a character a line. Headers and
 * cells marked `className="short"` (dates, counts, statuses) do not wrap. The box is a labelled,
 * focusable region, so a keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, minWidth, outlined = true, sx, testId, children }: { label: string; minWidth: number; outlined?: boolean; sx?: SxProps<Theme>; testId?: string; children: ReactNode }) {
  return (
    <TableContainer component={outlined ? Paper : 'div'} {...(outlined ? { variant: 'outlined' } : {})} tabIndex={0} role="region" aria-label={label} sx={sx}>
      <Table size="small" aria-label={label} data-testid={testId} sx={{ minWidth, '& th, & td.short': { whiteSpace: 'nowrap' } }}>
        {children}
      </Table>
    </TableContainer>
  );
}
