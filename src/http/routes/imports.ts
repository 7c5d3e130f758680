import { Readable, Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertOrgWide } from '../../app/access.js';
import { parseColumnMap } from '../../app/csv-input.js';
import { exportMembers, exportUnits } from '../../app/export-csv.js';
import { importMembers, memberLayout } from '../../app/import-members.js';
import { importUnits, unitLayout } from '../../app/import-units.js';
import { AppError } from '../../core/errors.js';
import { booleanQuery, errorResponses, id, importReportSchema, orgParams } from '../schemas.js';

/** Largest CSV accepted in one request. */
const MAX_CSV_BYTES = 512 * 1024 * 1024;

function limited(stream: Readable): Readable {
  let seen = 0;
  return stream.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        if (seen > MAX_CSV_BYTES) done(new AppError('payload_too_large', `A CSV import may be at most ${MAX_CSV_BYTES / 1024 / 1024} MiB`));
        else done(null, chunk);
      },
    }),
  );
}

const importQuery = z.object({
  dryRun: booleanQuery,
  map: z.union([z.string(), z.array(z.string())]).optional().describe('"file header=column", repeatable; column "-" ignores the header'),
  source: z.string().max(200).optional().describe('File name, kept with the import record'),
});

export function importRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    root.addContentTypeParser('text/csv', (_req, payload, done) => done(null, payload));
    const app = root.withTypeProvider<ZodTypeProvider>();

    for (const [what, layout, run, permission] of [
      ['members', memberLayout, importMembers, 'write_members'],
      ['units', unitLayout, importUnits, 'write_structure'],
    ] as const) {
      app.post(
        `/orgs/:org/imports/${what}`,
        {
          schema: {
            tags: ['import-export'],
            summary: `Import ${what} from CSV (all or nothing)`,
            description: `Send the file as \`text/csv\`. Columns: ${layout.columns.join(', ')}. Any bad row rejects the whole file with every bad line listed; nothing is written. Re-importing the same file changes nothing.`,
            params: orgParams,
            querystring: importQuery,
            response: { 200: importReportSchema, ...errorResponses, 413: errorResponses[400] },
          },
        },
        async (req) => {
          // A file may name any unit (or none): bulk loads need write access to the whole organization.
          await assertOrgWide(req.ctx, req.params.org, permission, `Importing ${what} needs write access to the whole organization`);
          if (!req.headers['content-type']?.startsWith('text/csv')) {
            throw new AppError('validation_failed', 'Send the file with Content-Type: text/csv');
          }
          const pairs = req.query.map === undefined ? [] : Array.isArray(req.query.map) ? req.query.map : [req.query.map];
          const map = parseColumnMap(pairs, layout);
          return run(req.ctx, { org: req.params.org, input: limited(req.body as Readable), source: req.query.source ?? 'http upload', map, dryRun: req.query.dryRun });
        },
      );
    }

    for (const [what, run] of [
      ['members', exportMembers],
      ['units', exportUnits],
    ] as const) {
      app.get(
        `/orgs/:org/exports/${what}.csv`,
        {
          schema: {
            tags: ['import-export'],
            summary: `Export ${what} as CSV`,
            description: 'UTF-8 with a byte order mark, in the import columns. Values that a spreadsheet would run as a formula are prefixed with an apostrophe.',
            params: orgParams,
            querystring: z.object({ within: id.optional(), bom: booleanQuery }),
          },
        },
        async (req, reply) => {
          const chunks = run(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined, bom: req.query.bom });
          // Pull the first chunk before answering, so a missing org is a proper 404, not a broken stream.
          const first = await chunks.next();
          async function* rest(): AsyncGenerator<string> {
            if (!first.done) yield first.value;
            yield* chunks;
          }
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${req.params.org}-${what}.csv"`)
            .send(Readable.from(rest()));
        },
      );
    }
  };
}
