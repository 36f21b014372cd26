import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { InMemoryEvidenceStore } from '../../functions/adapters/local/in-memory-evidence-store.js';
import { LocalEvidenceStore } from '../../functions/adapters/local/local-evidence-store.js';
import { evidenceStoreContract } from './evidence-store-contract.js';

describe('evidence store contract: in memory', () => {
  evidenceStoreContract(async () => {
    const store = new InMemoryEvidenceStore();
    return { store, upload: (ticket, _contentType, body) => store.upload(ticket.key, body) };
  });
});

describe('evidence store contract: local files', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  // The client's PUT: the signed query of the ticket's URL, as the local upload route passes it on.
  evidenceStoreContract(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dabiao-evidence-contract-'));
    dirs.push(dir);
    const store = new LocalEvidenceStore(dir, 'http://localhost', 'contract-test-secret');
    return { store, upload: (ticket, contentType, body) => store.receive(ticket.key, Object.fromEntries(new URL(ticket.url).searchParams), contentType, body) };
  });
});
