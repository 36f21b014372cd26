/**
 * The principals that publish without a person behind them: the demo seeding (`seeds/seed-database.ts`
 * publishes as `seed`), the deployment's custom resource (`deploy`) and the `system:` actors. An
 * administrator reading "发布人 seed" cannot tell it is not a colleague, so these read as "preset".
 */
const SYSTEM_PUBLISHERS = new Set(['seed', 'deploy']);

/** Whether `publishedBy` is the system rather than a person's account. */
export function isSystemPublisher(publishedBy: string): boolean {
  return SYSTEM_PUBLISHERS.has(publishedBy) || publishedBy.startsWith('system:');
}

/**
 * How a version's publisher reads in the list: `preset` for the system, else the account's display
 * name when the page knows it (from the accounts already loaded), else the username as stored.
 */
export function publisherName(publishedBy: string, displayNames: ReadonlyMap<string, string>): { preset: true } | { preset: false; name: string } {
  if (isSystemPublisher(publishedBy)) return { preset: true };
  const name = displayNames.get(publishedBy)?.trim();
  return { preset: false, name: name || publishedBy };
}
