import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesPath, apiTypesSource } from '../scripts/api-types.js';

describe('the web app’s API types', () => {
  it('match the OpenAPI document the server publishes (run `npm run api:types` after changing a route)', async () => {
    expect(readFileSync(apiTypesPath, 'utf8') === (await apiTypesSource()), 'web/src/api/schema.d.ts is out of date: run `npm run api:types`').toBe(true);
  });
});
