import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScoringRequest } from '../../functions/domain/ports/scoring-queue.js';
import { createScorerHandler } from '../../functions/handlers/scorer-handler.js';
import { lambdaContext, sqsRecord } from './lambda-fixtures.js';

const request = (submissionId: string, revision = 1): ScoringRequest => ({
  submissionId,
  revision,
  requestedBy: 'user-1',
  reason: 'submitted',
});

function setup(score: (r: ScoringRequest) => Promise<{ outcome: 'scored' | 'already-scored' | 'skipped' }>) {
  const emitted: string[] = [];
  // Dev mode makes Powertools print metrics through the global console, which the test can read.
  // (dev mode alone would switch metrics off).
  vi.stubEnv('POWERTOOLS_DEV', 'true');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
    emitted.push(String(line));
  });
  const observe = {
    logger: new Logger({ serviceName: 'scorer-test', logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'DabiaoTest', serviceName: 'scorer-test' }),
  };
  const spy = vi.fn(score);
  return { handler: createScorerHandler(spy, observe), score: spy, emitted };
}

/** Sums one metric over every EMF blob Powertools flushed. */
function metricTotal(emitted: string[], name: string): number {
  return emitted
    .flatMap((line) => line.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .flatMap((blob) => [blob[name] ?? []].flat() as number[])
    .reduce((sum, value) => sum + value, 0);
}

describe('scorer handler', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('reports only the failed and the malformed messages, after scoring all the others', async () => {
    const { handler, score, emitted } = setup(async (r) => {
      if (r.submissionId === 'poison') throw new Error('checklist version missing');
      return { outcome: r.submissionId === 'again' ? 'already-scored' : 'scored' };
    });
    const result = await handler(
      {
        Records: [
          sqsRecord('m1', request('ok-1')),
          sqsRecord('m2', request('poison')),
          sqsRecord('m3', '{"submissionId": 42'),
          sqsRecord('m4', { submissionId: 'x', revision: 'one', requestedBy: 'u', reason: 'submitted' }),
          sqsRecord('m5', request('again')),
          sqsRecord('m6', request('ok-2')),
        ],
      },
      lambdaContext('scorer'),
    );

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }, { itemIdentifier: 'm4' }] });
    expect(score.mock.calls.map(([r]) => r.submissionId)).toEqual(['ok-1', 'poison', 'again', 'ok-2']);
    expect(metricTotal(emitted, 'SubmissionScored')).toBe(2);
    expect(metricTotal(emitted, 'SubmissionAlreadyScored')).toBe(1);
    expect(metricTotal(emitted, 'ScoringFailed')).toBe(1);
    expect(metricTotal(emitted, 'ScoringMessageMalformed')).toBe(2);
  });

  it('returns an empty failure list when the whole batch scores', async () => {
    const { handler } = setup(async () => ({ outcome: 'scored' }));
    const result = await handler({ Records: [sqsRecord('a', request('s1')), sqsRecord('b', request('s2'))] }, lambdaContext());
    expect(result).toEqual({ batchItemFailures: [] });
  });

  it('on a FIFO queue holds back the rest of a failed group but keeps scoring other groups', async () => {
    const { handler, score } = setup(async (r) => {
      if (r.submissionId === 'sub-a' && r.revision === 1) throw new Error('throttled beyond retries');
      return { outcome: 'scored' };
    });
    const result = await handler(
      {
        Records: [
          sqsRecord('a1', request('sub-a', 1), 'sub-a'),
          sqsRecord('b1', request('sub-b', 1), 'sub-b'),
          sqsRecord('a2', request('sub-a', 2), 'sub-a'),
        ],
      },
      lambdaContext(),
    );
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['a1', 'a2']);
    expect(score.mock.calls.map(([r]) => `${r.submissionId}@${r.revision}`)).toEqual(['sub-a@1', 'sub-b@1']);
  });
});
