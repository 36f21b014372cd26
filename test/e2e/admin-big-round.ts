import type { BrowserRig } from './browser-harness.js';
import { seedLargeRound } from './large-round.js';

/** The administrator's large round, read by `admin-dashboard.test.ts` and `admin-console.test.ts`. */
export const BIG = 'e2e-big';

/**
 * Seeds BIG: 1,000 institutions in five regions of 200, every hundredth also evaluated by an
 * expert, full results for the first three. The two files' counts (200 in a region, 10 gaps)
 * follow from these numbers, so they are written once.
 */
export const seedBigRound = (rig: BrowserRig) => seedLargeRound(rig.local.repos, { roundId: BIG, count: 1000, withResults: 3, expertEvery: 100 });
