import { describe, expect, it } from 'vitest';
import { isKeptRead } from './kept-reads';

describe('the reads kept for offline use', () => {
  it('keeps what a form needs offline, on the page\'s origin or the API\'s own', () => {
    for (const url of [
      'http://localhost:3000/api/submissions/demo-2025-annual.haining-renmin.expert',
      'http://localhost:3000/api/submissions?roundId=demo-2025-annual',
      'https://abc.execute-api.cn-north-1.amazonaws.com.cn/api/checklists/haining-hospital-2023?version=2',
      'https://dabiao.example.cn/api/rounds',
      'https://dabiao.example.cn/api/rounds/r1',
      'https://dabiao.example.cn/api/rounds/r1/comparison',
      'https://dabiao.example.cn/api/results/x',
      'https://dabiao.example.cn/api/oversee/rounds',
      'http://localhost:3000/api/institutions',
      'http://localhost:3000/api/institutions/haining-renmin',
      'http://localhost:3000/api/regions',
      'http://localhost:3000/api/regions/haining',
    ]) expect(isKeptRead(url), url).toBe(true);
  });

  it('never keeps sign-in, a round\'s dashboard or its export, a history across rounds, nor look-alike paths', () => {
    for (const url of [
      'http://localhost:3000/api/auth/refresh',
      'http://localhost:3000/api/rounds/r1/dashboard',
      'http://localhost:3000/api/rounds/r1/dashboard?lang=zh',
      'http://localhost:3000/api/rounds/r1/dashboard/export',
      'http://localhost:3000/api/roundsx',
      'http://localhost:3000/api/institutionsx',
      'http://localhost:3000/api/institutions/haining-renmin/history',
      'http://localhost:3000/api/regions/haining/history',
      'http://localhost:3000/api/oversee/roundsx',
      'http://localhost:3000/other/api/submissions/x',
      'http://localhost:3000/assets/api/submissions.js',
    ]) expect(isKeptRead(url), url).toBe(false);
  });
});
