/** Today as `YYYY-MM-DD` in the browser's time zone: a deadline is a calendar day where the user is. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A round's deadline (ISO date) as a Date at local noon, so formatting it never shows the day
 * before or after in a time zone away from UTC.
 */
export function deadlineDate(deadline: string): Date {
  return new Date(`${deadline}T12:00:00`);
}

/**
 * Past its deadline with the self-evaluation not yet handed in: the last day itself still counts
 * as in time; a submitted or scored self-evaluation is never overdue.
 */
export function isOverdue(deadline: string | undefined, selfStatus: string | undefined, today: string = localToday()): boolean {
  if (!deadline || selfStatus === 'submitted' || selfStatus === 'scored') return false;
  return deadline < today;
}
