import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../src/http/openapi-document.js';

export const apiTypesPath = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

/** TypeScript types of every API path, request and response, for the web app. */
export async function apiTypesSource(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(JSON.stringify(doc));
  return `/* Generated from the server's OpenAPI document by \`npm run api:types\`. Do not edit. */\n\n${astToString(ast)}`;
}
