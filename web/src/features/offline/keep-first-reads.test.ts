import { describe, expect, it } from 'vitest';
import { readsToKeep, type SeenRequest } from './keep-first-reads';

const API = 'http://localhost:3000/api';
const fetched = (name: string, workerStart = 0): SeenRequest => ({ name, initiatorType: 'fetch', workerStart });

describe('readsToKeep', () => {
  it('sends again, once each, the reads no worker handled that the worker would keep', () => {
    const seen = [
      fetched(`${API}/submissions/r.i.expert`),
      fetched(`${API}/checklists/c?version=2`),
      fetched(`${API}/submissions/r.i.expert`),
      // Already through the worker: kept by it.
      fetched(`${API}/submissions/r.i.self`, 12.5),
      // Not the worker's to keep.
      fetched(`${API}/auth/refresh`),
      fetched(`${API}/rounds/r/dashboard`),
      // Names of the participants (the expert's home offline).
      fetched(`${API}/institutions`),
      // Not a fetch (the app's own scripts are the precache's).
      { name: `${API}/rounds`, initiatorType: 'script', workerStart: 0 },
    ];
    expect(readsToKeep(seen, new Map())).toEqual([`${API}/submissions/r.i.expert`, `${API}/checklists/c?version=2`, `${API}/institutions`]);
  });

  it('leaves out a URL the app only wrote to (a submit), keeps one it also read (a saved draft)', () => {
    const seen = [fetched(`${API}/submissions/r.i.self/submit`), fetched(`${API}/submissions/r.i.self`)];
    const methods = new Map([
      [`${API}/submissions/r.i.self/submit`, new Set(['POST'])],
      [`${API}/submissions/r.i.self`, new Set(['GET', 'PUT'])],
    ]);
    expect(readsToKeep(seen, methods)).toEqual([`${API}/submissions/r.i.self`]);
  });
});
