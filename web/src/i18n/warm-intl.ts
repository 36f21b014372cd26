/**
 * Loads the locale's `Intl` data once the main thread is idle, and returns a cancel function.
 *
 * A page's first `Intl` formatter of any kind loads the locale's ICU data: ≈ 50 ms of main
 * thread in Chromium (median of 20 fresh pages, load ≈ 11), after which a further
 * `NumberFormat` or `DateTimeFormat` takes a few ms. The form page's first render formats the
 * score (`num`), so that load used to sit between the API reads' arrival and the first field
 * accepting input; done here it falls in the wait for those reads instead
 * (test/bench/README.md, "Web budgets").
 */
export function warmIntl(locale: string): () => void {
  const warm = () => void new Intl.NumberFormat(locale).format(0);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(warm, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(warm, 0);
  return () => clearTimeout(id);
}
