import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { tabKeyTarget } from './tab-keys';

/** The width of a scroll chevron (`section-tabs.css`): a tab brought into view is not left under one. */
const CHEVRON = 40;

/** Scrolls the row, not the page, so that `tab` is wholly in view beside the chevrons. */
function reveal(list: HTMLElement, tab: HTMLElement, behavior: ScrollBehavior) {
  const left = tab.offsetLeft - CHEVRON;
  const right = tab.offsetLeft + tab.offsetWidth + CHEVRON - list.clientWidth;
  if (left < list.scrollLeft) list.scrollTo({ left, behavior });
  else if (right > list.scrollLeft) list.scrollTo({ left: right, behavior });
}

const CHEVRON_PATH = { start: 'M15.41 16.09l-4.58-4.59 4.58-4.59L14 5.5l-6 6 6 6z', end: 'M8.59 16.34l4.58-4.59-4.58-4.59L10 5.75l6 6-6 6z' };

/**
 * A form's sections as a row of tabs (WAI-ARIA tabs: `tablist`, `tab`s with `aria-selected`, one
 * tab in the Tab order; ←/→ move between tabs, Home/End to the ends, Enter or Space opens one,
 * as MUI's Tabs did: opening a section renders its form, so focus alone does not open it). The
 * row scrolls sideways when it does not fit (a swipe on a phone, the chevrons with a mouse).
 *
 * Plain elements styled once by `section-tabs.css`, not MUI's scrollable Tabs: those were a few
 * Emotion-styled elements per tab (ButtonBase with its ripple) and, on the form's first render,
 * a measuring pass of the row and every tab before the first paint. Here the row is measured
 * only by a ResizeObserver, after layout, to show the chevrons.
 *
 * The caller renders the panel: `id={panelId}`, `role="tabpanel"`, labelled by `${idPrefix}-${value}`.
 */
export function SectionTabs({ titles, value, onChange, label, idPrefix, panelId }: { titles: readonly string[]; value: number; onChange(index: number): void; label: string; idPrefix: string; panelId: string }) {
  const list = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ start: false, end: false });
  useEffect(() => {
    const row = list.current;
    if (!row) return;
    const measure = () => {
      const start = row.scrollLeft > 1;
      const end = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
      setMore((m) => (m.start === start && m.end === end ? m : { start, end }));
    };
    row.addEventListener('scroll', measure, { passive: true });
    // Called once layout is done (on observing, and on every resize): no layout forced for it.
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => {
      row.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [titles.length]);
  // A section opened from elsewhere (next/previous, the score panel, a problem link) shows its tab.
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (row && tab && row.scrollWidth > row.clientWidth) reveal(row, tab, 'smooth');
  }, [value]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const from = tabs.indexOf(document.activeElement as HTMLElement);
    const to = from < 0 ? undefined : tabKeyTarget(e.key, from, tabs.length);
    if (to === undefined) return;
    e.preventDefault();
    tabs[to]!.focus({ preventScroll: true });
    reveal(list.current!, tabs[to]!, 'auto');
  };
  const chevron = (side: 'start' | 'end') => (
    // Mouse only, as MUI's were: keyboard users move along the row with the arrow keys.
    <button type="button" tabIndex={-1} aria-hidden="true" className={`section-tabs-scroll section-tabs-scroll-${side}`} hidden={!more[side]} onClick={() => list.current?.scrollBy({ left: (side === 'start' ? -0.8 : 0.8) * list.current.clientWidth, behavior: 'smooth' })}>
      <svg viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path d={CHEVRON_PATH[side]} fill="currentColor" />
      </svg>
    </button>
  );
  return (
    <div className="section-tabs">
      {chevron('start')}
      <div ref={list} role="tablist" aria-label={label} className="section-tabs-list" onKeyDown={onKeyDown}>
        {titles.map((title, i) => (
          <button key={i} type="button" role="tab" id={`${idPrefix}-${i}`} aria-controls={panelId} aria-selected={i === value} tabIndex={i === value ? 0 : -1} className="section-tab" onClick={() => i !== value && onChange(i)}>
            {title}
          </button>
        ))}
      </div>
      {chevron('end')}
    </div>
  );
}
