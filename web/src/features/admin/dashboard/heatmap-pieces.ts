import type { MessageKey } from '../../../i18n/messages';

/** A criterion status as the heat map shows it: its letter in the data, its heat value (worst first), colour and word. */
export interface HeatPiece {
  letter: string;
  value: number;
  color: string;
  word: MessageKey;
}

/** Status letters as heat values, worst first, and the colour and word of each: the chart's legend and its table's cells. */
export const PIECES: readonly HeatPiece[] = [
  { letter: 'n', value: 0, color: '#c62828', word: 'crit.not-met' },
  { letter: 'p', value: 1, color: '#f9a825', word: 'crit.partial' },
  { letter: 'm', value: 2, color: '#2e7d32', word: 'crit.met' },
  { letter: 'x', value: 3, color: '#bdbdbd', word: 'crit.missing' },
  { letter: 'a', value: 4, color: '#eceff1', word: 'crit.not-applicable' },
  { letter: 'i', value: 5, color: '#90caf9', word: 'crit.info' },
];

/** The piece of a status letter (undefined for `-`, not scored). */
export const PIECE_OF_LETTER: ReadonlyMap<string, HeatPiece> = new Map(PIECES.map((p) => [p.letter, p]));
