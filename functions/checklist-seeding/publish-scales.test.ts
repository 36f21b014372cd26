import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, InvalidStateError } from '../domain/errors.js';
import { publishScales } from './publish-scales.js';

/** A scale service over a map: publish refuses an existing version, as the conditional write does. */
function fakeScales() {
  const stored = new Map<string, { id: string; version: number; scale: unknown }>();
  return {
    stored,
    async publish(_p: unknown, input: unknown) {
      const { $schema: _schema, ...scale } = input as { id: string; version: number; $schema?: string };
      const key = `${scale.id}@${scale.version}`;
      if (stored.has(key)) throw new AlreadyExistsError('Standard scale', key);
      const record = { id: scale.id, version: scale.version, scale };
      stored.set(key, record);
      return record as never;
    },
    async get(id: string, version?: number) {
      return stored.get(`${id}@${version}`) as never;
    },
  };
}

const emr = { $schema: '../standard-scale.schema.json', id: 'emr', version: 1, title: { zh: '电子病历' }, levels: [{ value: 1 }, { value: 2 }] };

describe('publishing the shipped standard scales on deploy', () => {
  it('publishes new versions, leaves identical ones untouched on a redeploy', async () => {
    const scales = fakeScales();
    expect(await publishScales(scales, [emr])).toEqual({ published: ['emr@1'], unchanged: [] });
    expect(await publishScales(scales, [{ ...emr, levels: [...emr.levels] }])).toEqual({ published: [], unchanged: ['emr@1'] });
    expect(scales.stored.size).toBe(1);
  });

  it('fails the deploy when a published version was edited without a new version number', async () => {
    const scales = fakeScales();
    await publishScales(scales, [emr]);
    await expect(publishScales(scales, [{ ...emr, levels: [{ value: 1 }] }])).rejects.toThrow(InvalidStateError);
  });
});
