import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** A running embedded DynamoDB. */
export interface RunningDynalite {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite on `port` (0: any free port), in memory or persisted under `path`. Table
 * operations complete at once, so start-up and tests do not wait on simulated provisioning.
 */
export async function startDynalite(opts: { path?: string; port?: number } = {}): Promise<RunningDynalite> {
  if (opts.path) await mkdir(opts.path, { recursive: true });
  const server = dynalite({ ...(opts.path ? { path: opts.path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
