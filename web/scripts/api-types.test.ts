import { describe, expect, it } from 'vitest';
import { committedApiTypes, generateApiTypes } from './api-types.js';

describe('the web app\'s API types', () => {
  it('match the server\'s OpenAPI document (run `npm run web:api-types` after changing the API)', async () => {
    const fresh = await generateApiTypes();
    expect(fresh).toContain('"/api/submissions/{id}"');
    expect(committedApiTypes()).toBe(fresh);
  });
});
