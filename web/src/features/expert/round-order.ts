/** What the expert's home orders rounds by. */
export interface OrderedRound {
  id: string;
  deadline?: string;
  /** The round's name in the reader's language. */
  name: string;
}

/**
 * The expert's rounds in a fixed order: the nearest deadline first (rounds without one last),
 * then by name, then by id. It used to put the rounds where the most waited first, so a return or
 * a start moved the card just used elsewhere on the page; what waits is said on each card instead.
 */
export function byDeadlineThenName(locale: string): (a: OrderedRound, b: OrderedRound) => number {
  const collator = new Intl.Collator(locale);
  const due = (r: OrderedRound) => (r.deadline ? Date.parse(r.deadline) : Number.POSITIVE_INFINITY);
  return (a, b) => due(a) - due(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
