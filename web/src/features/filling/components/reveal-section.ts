/**
 * After a section is opened from below it (下一节, a section in the score panel), brings its start
 * back on screen: left alone, the page stays scrolled where the button was, in the middle of the
 * new section, its first questions (and their evidence) above the screen. `head` holds the tabs:
 * tabs that scroll with the page come to rest just under the app bar (`scroll-margin-top` in
 * section-tabs.css); tabs stuck under it (the on-site page) stay, and the panel's top comes to rest
 * just under them. Nothing moves when the start is already on screen.
 */
export function revealSection(head: HTMLElement, panel: HTMLElement): void {
  const style = getComputedStyle(head);
  const [start, line] =
    style.position === 'sticky'
      ? [panel, parseFloat(style.top) + head.offsetHeight + parseFloat(style.marginBottom)]
      : [head, parseFloat(style.scrollMarginTop) || 0];
  const hidden = start.getBoundingClientRect().top - line;
  if (hidden < 0) window.scrollBy({ top: hidden, behavior: 'instant' });
}

/**
 * Whether opening a section should take keyboard focus to it: not when the user chose it on the
 * tabs (focus stays on the tab, as WAI-ARIA tabs do), nor while typing (the administrator's
 * preview follows an edited definition).
 */
export function focusFollows(head: HTMLElement, active: Element | null): boolean {
  if (!active || active === document.body || head.contains(active)) return false;
  return !active.matches('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
}
