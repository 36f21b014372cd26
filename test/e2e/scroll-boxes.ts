import type { Page } from 'playwright-core';

/**
 * The console tables' boxes (ScrollTable marks each `data-scrolls`) that scroll sideways or say
 * they do, each as its table's name. ScrollTable learns whether its table fits from a
 * ResizeObserver, after layout: just after a page renders or the viewport changes, its
 * `data-scrolls` can still be the value from before, so the box's own size is measured here too,
 * and an empty list means both agree that nothing scrolls.
 */
export function tablesThatScroll(page: Page): Promise<string[]> {
  return page.locator('[data-scrolls]').evaluateAll((boxes) =>
    boxes
      .filter((b) => b.getAttribute('data-scrolls') === 'true' || b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
      .map((b) => b.querySelector('table')?.getAttribute('aria-label') ?? b.outerHTML.slice(0, 80)),
  );
}
