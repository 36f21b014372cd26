import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a section opened on the form pages must look like, whichever role's page it is on. */

/** The top of `start` rests just under the bars stuck at the top of the screen (`header`, plus `stuck` if given). */
export async function sectionStartsUnderTheBars(page: Page, start: Locator, stuck?: Locator) {
  const bars = [(await page.locator('header').boundingBox())!, ...(stuck ? [(await stuck.boundingBox())!] : [])];
  const line = Math.max(...bars.map((b) => b.y + b.height));
  const top = (await start.boundingBox())!.y;
  expect(top).toBeGreaterThanOrEqual(line);
  expect(top).toBeLessThanOrEqual(line + 24);
}

/**
 * Labels of the open section whose `for` names no field, or a field other than their own
 * (JSON Forms' ids follow the answer path: `#/properties/technology/properties/surgeries`, a
 * number after it when JSON Forms has handed that id out already).
 */
export function labelsMissingTheirField(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLabelElement>('.checklist-form [data-field] label[for]')].flatMap((label) => {
      const path = label.closest('[data-field]')!.getAttribute('data-field')!;
      const field = document.getElementById(label.htmlFor);
      // A field's own label names the id JSON Forms made from its path; others (an evidence picker's) any id inside the field.
      const base = `#/properties/${path.split('.').join('/properties/')}`;
      const own = !label.classList.contains('plain-field-label') || (label.htmlFor.startsWith(base) && /^\d*-input$/.test(label.htmlFor.slice(base.length)));
      return field && label.closest('[data-field]')!.contains(field) && own ? [] : [`${path}: ${label.htmlFor}`];
    }),
  );
}
