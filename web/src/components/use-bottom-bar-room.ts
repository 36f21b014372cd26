import { useEffect, type RefObject } from 'react';

/** Below this width the score sits at the foot of the screen (both pages' `md` breakpoint, 900 px). */
const PHONE = '(max-width: 899.95px)';
/** Air between a field brought into view and the bar's top edge. */
const GAP_PX = 8;

/**
 * Keeps room for a bar stuck to the foot of a phone screen (the live score of the fill and
 * on-site pages): the page's `scroll-padding-bottom` follows the bar's real height, measured by a
 * ResizeObserver, so a field reached by Tab, a "jump to problem" link or the keyboard opening is
 * scrolled above the bar, not left behind it. The bar's height changes with a second line (a veto
 * note, a long band in English) or the unfolded section scores: each is measured again. On a wide
 * screen the score stands beside the form and hides nothing: no padding then.
 */
export function useBottomBarRoom(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const phone = window.matchMedia(PHONE);
    const measure = () => {
      root.style.scrollPaddingBottom = phone.matches ? `${Math.ceil(bar.getBoundingClientRect().height) + GAP_PX}px` : '';
    };
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    phone.addEventListener('change', measure);
    measure();
    return () => {
      observer.disconnect();
      phone.removeEventListener('change', measure);
      root.style.scrollPaddingBottom = '';
    };
  }, [ref]);
}
