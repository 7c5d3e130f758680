/**
 * Writes web/src/api/schema.d.ts from the server's OpenAPI document (`npm run api:types`).
 * The file is committed; test/api-types.test.ts fails when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { apiTypesSource, apiTypesPath } from './api-types.js';

writeFileSync(apiTypesPath, await apiTypesSource());
console.log(`Wrote ${apiTypesPath}`);
