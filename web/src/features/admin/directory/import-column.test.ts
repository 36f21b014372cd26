import { describe, expect, it } from 'vitest';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { importColumnLabel } from './import-column';

describe('importColumnLabel', () => {
  it("names a bad row's column in words, with the template header's key to find it by", () => {
    expect(importColumnLabel('regionId', (k: MessageKey) => zh[k])).toBe('所属地区 (regionId)');
    expect(importColumnLabel('name', (k: MessageKey) => zh[k])).toBe('名称 (name)');
    expect(importColumnLabel('population', (k: MessageKey) => en[k])).toBe('Population (10,000s) (population)');
  });

  it('keeps a context column, which has no fixed name, as its key', () => {
    expect(importColumnLabel('beds', (k: MessageKey) => zh[k])).toBe('beds');
    expect(importColumnLabel(undefined, (k: MessageKey) => zh[k])).toBe('');
  });
});
