import { describe, expect, it } from 'vitest';
import { isSystemPublisher, publisherName } from './publisher-name';

describe('publisherName', () => {
  const names = new Map([['wang', '王主任'], ['blank', '  ']]);

  it('reads the seeding, the deployment and system actors as preset', () => {
    expect(publisherName('seed', names)).toEqual({ preset: true });
    expect(publisherName('deploy', names)).toEqual({ preset: true });
    expect(publisherName('system:seed', names)).toEqual({ preset: true });
  });

  it('shows an account by its display name when the page knows it', () => {
    expect(publisherName('wang', names)).toEqual({ preset: false, name: '王主任' });
  });

  it('falls back to the username for an unknown account or a blank display name', () => {
    expect(publisherName('li', names)).toEqual({ preset: false, name: 'li' });
    expect(publisherName('blank', names)).toEqual({ preset: false, name: 'blank' });
  });

  it('does not take an account whose name merely contains "seed" for the system', () => {
    expect(isSystemPublisher('seedling')).toBe(false);
    expect(isSystemPublisher('admin')).toBe(false);
  });
});
