import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('file sizes as people read them', () => {
  it('shows a small file in bytes, not as 0 KB', () => {
    expect(formatFileSize(45, 'zh-CN')).toBe('45 B');
    expect(formatFileSize(0, 'en-GB')).toBe('0 B');
  });

  it('steps up by 1024 with one decimal below 10 and digit grouping from the locale', () => {
    expect(formatFileSize(1536, 'zh-CN')).toBe('1.5 kB');
    expect(formatFileSize(200 * 1024, 'en-GB')).toBe('200 kB');
    expect(formatFileSize(20 * 1024 * 1024, 'zh-CN')).toBe('20 MB');
    expect(formatFileSize(3.25 * 1024 * 1024, 'en-GB')).toBe('3.3 MB');
  });
});
