import Typography from '@mui/material/Typography';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';
import type { DashboardRow, RoundDashboard } from '../api/queries';
import { cellAt, columnAt, HEADER_HEIGHT, heatmapGrid, LABEL_WIDTH, ROW_HEIGHT, UPRIGHT_BELOW, type HeatGrid } from '../heatmap-grid';
import { cellTooltip, COLUMN_LENGTH, shortLabels } from '../heatmap-labels';
import { PIECE_OF_LETTER } from '../heatmap-pieces';

/** Past the last column: its rotated title runs on to the right. */
const RIGHT_ROOM = 56;
/** Characters of an institution's name that fit `LABEL_WIDTH` at 11 px. */
const NAME_LENGTH = { zh: 12, en: 22 } as const;

/** An axis label: what fits, and the whole title or name it stands for. */
interface Label {
  short: string;
  full: string;
}

interface HeatmapSvgProps {
  criteria: RoundDashboard['criteria'];
  /** The window's rows, each with a self-evaluation score. */
  rows: DashboardRow[];
  label: string;
  onOpen(submissionId: string): void;
  /** The wheel over the grid: +1 a few rows down, -1 up. */
  onWheel(direction: 1 | -1): void;
  /** After each commit that put the window's cells in the page, with their number. */
  onCells(count: number): void;
  /** Where the window is: all scored rows, and its first row's position among them (for tests and the bench). */
  window: { rows: number; start: number };
}

/**
 * The heat map's window drawn as plain SVG in one React render: one rectangle per cell, the names
 * and short titles as text. A pointer over a cell shows its institution, full title, clause and
 * status; a click opens the result. A tap or click on a criterion's cut title shows it whole with
 * its clause (a phone has no hover). Its words are in the table beside it ("以表格查看本屏").
 */
export function HeatmapSvg({ criteria, rows, label, onOpen, onWheel, onCells, window: place }: HeatmapSvgProps) {
  const { t, l, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  // Measured before the first paint (a layout effect), so the cells are drawn once, at their size.
  useLayoutEffect(() => {
    const el = box.current!;
    setWidth(el.clientWidth);
    const seen = new ResizeObserver(() => setWidth(el.clientWidth));
    seen.observe(el);
    return () => seen.disconnect();
  }, []);
  const statuses = useMemo(() => rows.map((r) => r.self!.statuses), [rows]);
  const grid = useMemo(() => (width ? heatmapGrid(statuses, criteria.length, width - RIGHT_ROOM) : undefined), [statuses, criteria.length, width]);
  // Labels cut in the middle (names that differ at the end stay apart); the whole text on hover.
  const titles = useMemo(() => criteria.map((c) => l(c.title)), [criteria, l]);
  const fullNames = useMemo(() => rows.map((r) => l(r.name)), [rows, l]);
  const columns = useMemo(() => shortLabels(titles, COLUMN_LENGTH[lang]).map((short, i) => ({ short, full: titles[i]! })), [titles, lang]);
  const names = useMemo(() => shortLabels(fullNames, NAME_LENGTH[lang]).map((short, i) => ({ short, full: fullNames[i]! })), [fullNames, lang]);
  const count = grid?.cells.length ?? 0;
  const cellsRef = useRef(onCells);
  cellsRef.current = onCells;
  useEffect(() => {
    if (count) cellsRef.current(count);
  }, [grid, count]);
  const wheelRef = useRef(onWheel);
  wheelRef.current = onWheel;
  // Not React's onWheel: that listener is passive, and the page must not scroll while the window moves.
  useEffect(() => {
    const el = box.current!;
    const wheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaX) >= Math.abs(e.deltaY)) return; // sideways: the grid scrolls on a narrow screen
      e.preventDefault();
      wheelRef.current(e.deltaY > 0 ? 1 : -1);
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, []);
  const [hover, setHover] = useState<{ x: number; y: number; left: number; top: number; width: number } | null>(null);
  const at = (e: MouseEvent<SVGSVGElement>) => {
    if (!grid) return undefined;
    const r = e.currentTarget.getBoundingClientRect();
    return cellAt(grid, criteria.length, rows.length, e.clientX - r.left, e.clientY - r.top);
  };
  // The title tapped, shown whole until the next tap.
  const [heading, setHeading] = useState<{ x: number; left: number; width: number } | null>(null);
  const tip = hover && rows[hover.y] && criteria[hover.x] ? tooltipOf(rows[hover.y]!, criteria[hover.x]!, hover.x) : undefined;
  function tooltipOf(row: DashboardRow, criterion: RoundDashboard['criteria'][number], x: number) {
    const piece = PIECE_OF_LETTER.get(row.self!.statuses[x] ?? '-');
    return piece ? cellTooltip(l(row.name), criterion, l(criterion.title), t(piece.word), lang) : undefined;
  }
  return (
    <>
      {grid && grid.width + RIGHT_ROOM > width && (
        // On a phone the criteria run past the screen's edge: say that the grid scrolls sideways.
        <Typography variant="caption" component="p" color="text.secondary" className="no-print" data-testid="heatmap-scroll-hint">
          {t('dash.heatmapScrollHint')}
        </Typography>
      )}
      <div
        ref={box}
        role="img"
        // Focusable: on a narrow screen it scrolls sideways, and a keyboard must be able to scroll it too.
        tabIndex={0}
        data-testid="heatmap"
        data-rows={place.rows}
        data-start={place.start}
        data-columns={criteria.length}
        data-window={rows.length}
        data-cells={count}
        aria-label={label}
        style={{ position: 'relative', width: '100%', overflowX: 'auto', overflowY: 'hidden', minHeight: HEADER_HEIGHT + ROW_HEIGHT * rows.length }}
      >
        {grid && (
          <svg
            width={grid.width + RIGHT_ROOM}
            height={grid.height}
            // Printed, the drawing is scaled to the page (print.css): the view box keeps its proportions.
            viewBox={`0 0 ${grid.width + RIGHT_ROOM} ${grid.height}`}
            style={{ display: 'block', cursor: 'pointer', font: 'inherit' }}
            onMouseMove={(e) => {
              const c = at(e);
              setHover(c ? { ...c, ...tipPlace(box.current!, e.clientX), top: HEADER_HEIGHT + (c.y + 1) * ROW_HEIGHT } : null);
            }}
            onMouseLeave={() => setHover(null)}
            onClick={(e) => {
              const r = e.currentTarget.getBoundingClientRect();
              const x = grid ? columnAt(grid, criteria.length, e.clientX - r.left, e.clientY - r.top) : undefined;
              setHeading(x === undefined || x === heading?.x ? null : { x, ...tipPlace(box.current!, e.clientX) });
              const row = rows[at(e)?.y ?? -1];
              if (row?.self) onOpen(row.self.submissionId);
            }}
          >
            <Drawing grid={grid} columns={columns} names={names} />
          </svg>
        )}
        {heading && criteria[heading.x] && (
          <div role="status" style={{ ...TIP, left: heading.left, top: HEADER_HEIGHT + 4, maxWidth: heading.width }} data-testid="heatmap-column-title">
            {columnTitle(l(criteria[heading.x]!.title), criteria[heading.x]!.clause, lang)}
          </div>
        )}
        {tip && (
          <div style={{ ...TIP, left: hover!.left, top: hover!.top + 4, maxWidth: hover!.width }} data-testid="heatmap-tooltip">
            {tip[0]}
            <br />
            {tip[1]}
          </div>
        )}
      </div>
    </>
  );
}

/** A tooltip's look: a cell's, and a tapped title's. */
const TIP = { position: 'absolute', width: 'max-content', padding: '4px 8px', background: 'rgba(50,50,50,0.92)', color: '#fff', borderRadius: 4, fontSize: 12, pointerEvents: 'none', zIndex: 1 } as const;

/** A criterion's whole title with its plan clause. */
function columnTitle(title: string, clause: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${title}（${clause}）` : `${title} (${clause})`;
}

/** Where the tooltip goes: right of the pointer, inside the part of the grid in view (it scrolls sideways on a phone). */
function tipPlace(box: HTMLDivElement, clientX: number): { left: number; width: number } {
  const width = Math.min(320, box.clientWidth - 16);
  const pointer = clientX - box.getBoundingClientRect().left + box.scrollLeft;
  return { left: Math.max(box.scrollLeft + 8, Math.min(pointer + 12, box.scrollLeft + box.clientWidth - width - 8)), width };
}

/** What does not change when the pointer moves: kept apart so a tooltip re-renders none of its 2,400 cells. */
const Drawing = memo(function Drawing({ grid, columns, names }: { grid: HeatGrid; columns: Label[]; names: Label[] }) {
  const w = grid.column;
  // Slanted titles read more easily, but slanted 60° their lines stand only w·sin 60° apart: below
  // 20 px columns (many criteria) they touch, so they stand upright, a full column apart.
  const upright = w < UPRIGHT_BELOW;
  return (
    <>
      <g fontSize={10} fill="currentColor" data-upright={upright}>
        {columns.map((c, x) => (
          <text key={x} transform={`translate(${LABEL_WIDTH + x * w + w / 2 + (upright ? 3.5 : 3)},${HEADER_HEIGHT - 4}) rotate(${upright ? -90 : -60})`}>
            <title>{c.full}</title>
            {c.short}
          </text>
        ))}
      </g>
      <g fontSize={11} fill="currentColor" textAnchor="end">
        {names.map((n, y) => (
          <text key={y} x={LABEL_WIDTH - 6} y={HEADER_HEIGHT + y * ROW_HEIGHT + 13}>
            <title>{n.full}</title>
            {n.short}
          </text>
        ))}
      </g>
      <g shapeRendering="crispEdges">
        {grid.cells.map((c) => (
          <rect key={c.y * 1024 + c.x} x={LABEL_WIDTH + c.x * w} y={HEADER_HEIGHT + c.y * ROW_HEIGHT} width={w - 1} height={ROW_HEIGHT - 1} fill={c.color} />
        ))}
      </g>
    </>
  );
});
