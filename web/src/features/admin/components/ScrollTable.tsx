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
 * A console table that stays readable on a phone: below `minWidth` it scrolls sideways inside its
 * own box, never the page, instead of squeezing each column to a character a line. Headers and
 * cells marked `className="short"` (dates, counts, statuses) do not wrap. While the table does not
 * fit, the box is a labelled, focusable region, so a keyboard can scroll it too (axe:
 * scrollable-region-focusable); when it fits it is a plain box, not a tab stop with nothing to do.
 */
export function ScrollTable({ label, minWidth, outlined = true, sx, testId, children }: { label: string; minWidth: number; outlined?: boolean; sx?: SxProps<Theme>; testId?: string; children: ReactNode }) {
  const [ref, overflows] = useOverflows<HTMLDivElement>();
  const scrollable = overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {};
  return (
    <TableContainer ref={ref} component={outlined ? Paper : 'div'} {...(outlined ? { variant: 'outlined' } : {})} {...scrollable} data-scrolls={overflows} sx={sx}>
      <Table size="small" aria-label={label} data-testid={testId} sx={{ minWidth, '& th, & td.short': { whiteSpace: 'nowrap' } }}>
        {children}
      </Table>
    </TableContainer>
  );
}
