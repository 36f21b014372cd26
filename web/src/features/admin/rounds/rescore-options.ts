/**
 * The versions a round can be re-scored onto: the published ones other than the version the
 * round already uses (re-scoring onto it again would change nothing a user could see), newest first.
 */
export function rescoreVersions(versions: readonly { version: number; status: string }[], current: number): number[] {
  return versions.filter((v) => v.status === 'published' && v.version !== current).map((v) => v.version).sort((a, b) => b - a);
}

/**
 * What the re-score panel shows of the progress: nothing to do when the round has no scored or
 * submitted evaluation (a bar would read 0 / 0 as full), else how far the scoring is.
 */
export function rescoreProgress(done: number, total: number): { kind: 'nothing' } | { kind: 'progress'; percent: number } {
  return total === 0 ? { kind: 'nothing' } : { kind: 'progress', percent: Math.round((done / total) * 100) };
}
