import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';
import type { SxProps, Theme } from '@mui/material/styles';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Whether the element's content is wider (or taller) than its box, kept up to date as either
 * resizes: the box on a rotated phone or a resized window, the content as rows arrive. Measured
 * by a ResizeObserver, after layout, so no layout is forced for it.
 */
function useOverflows<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    // The table inside grows with its rows and columns without the box changing size.
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflows] as const;
}

/**
 * Below 600 px a table with `cards` shows each row as a card: its cells one under another, each
 * after its column's name (the cell's `data-label`), and the row's actions wrapping on their own
 * line, all within the screen's width. The header row stays for screen readers, off screen.
 */
const CARDS = {
  '@media (max-width: 599.95px)': {
    minWidth: 0,
    display: 'block',
    '& thead': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
    '& tbody, & tr, & td': { display: 'block' },
    '& tr': { py: 1, px: 0.5, borderBottom: 1, borderColor: 'divider' },
    '& tr:last-of-type': { borderBottom: 0 },
    '& td, & td.short': { border: 0, py: 0.25, whiteSpace: 'normal', overflowWrap: 'anywhere' },
    '& td[data-label]::before': { content: 'attr(data-label)', color: 'text.secondary' },
    '& td[data-label]:empty': { display: 'none' },
    '& td.card-title': { fontWeight: 500 },
    '& td.card-actions': { display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', whiteSpace: 'normal' },
  },
} as const;

/**
 * A console table that stays readable on a phone: below `minWidth` it scrolls sideways inside its
 * own box, never the page, instead of squeezing each column to a character a line. Headers and
 * cells marked `className="short"` (dates, counts, statuses) do not wrap. While the table does not
 * fit, the box is a labelled, focusable region, so a keyboard can scroll it too (axe:
 * scrollable-region-focusable); when it fits it is a plain box, not a tab stop with nothing to do.
 */
export function ScrollTable({ label, minWidth, outlined = true, cards = false, sx, testId, children }: { label: string; minWidth: number; outlined?: boolean; cards?: boolean; sx?: SxProps<Theme>; testId?: string; children: ReactNode }) {
  const [ref, overflows] = useOverflows<HTMLDivElement>();
  const scrollable = overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {};
  return (
    <TableContainer ref={ref} component={outlined ? Paper : 'div'} {...(outlined ? { variant: 'outlined' } : {})} {...scrollable} data-scrolls={overflows} sx={sx}>
      <Table size="small" aria-label={label} data-testid={testId} data-cards={cards || undefined} sx={{ minWidth, '& th, & td.short': { whiteSpace: 'nowrap' }, ...(cards ? CARDS : {}) }}>
        {children}
      </Table>
    </TableContainer>
  );
}
