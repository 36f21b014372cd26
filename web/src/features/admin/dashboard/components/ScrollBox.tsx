import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../../i18n/i18n-context';

/**
 * Shadows at an edge with more to see: the white covers scroll with the content (`local`) and
 * uncover the fixed shadows (`scroll`) once there is something past that edge.
 */
const EDGES = {
  overflowX: 'auto',
  maxWidth: '100%',
  background: [
    'linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 32px 100% no-repeat local',
    'linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 32px 100% no-repeat local',
    'radial-gradient(farthest-side at 0 50%, rgba(0,0,0,0.22), transparent) left / 12px 100% no-repeat scroll',
    'radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,0.22), transparent) right / 12px 100% no-repeat scroll',
  ].join(', '),
} as const;

/**
 * A table wider than the screen scrolls inside this box, never the page: on a phone the page
 * stays 390 px wide. When it does scroll, a line above it says so and a shadow marks the side
 * with more columns; it is a named, focusable region then, so a keyboard can scroll it too.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => setWide(el.scrollWidth > el.clientWidth + 1);
    measure();
    const seen = new ResizeObserver(measure);
    seen.observe(el);
    if (el.firstElementChild) seen.observe(el.firstElementChild);
    return () => seen.disconnect();
  }, []);
  return (
    <>
      {wide && (
        <Typography variant="caption" component="p" color="text.secondary" className="no-print" data-testid="scroll-hint">
          {t('dash.scrollHint')}
        </Typography>
      )}
      <Box ref={box} sx={EDGES} className="scroll-box" data-wide={wide} {...(wide ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
        {children}
      </Box>
    </>
  );
}
