import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calculateCurtains, curtainsInputSchema } from '../../core/cutting/curtains.js';
import { calculateCushion, cushionInputSchema } from '../../core/cutting/cushion.js';
import { cuttingDiagramSvg } from '../../core/cutting/cutting-diagram-svg.js';
import { cuttingListJson, cuttingListSchema, type CutKind, type CuttingList } from '../../core/cutting/cutting-list.js';
import { calculateRomanBlind, romanBlindInputSchema } from '../../core/cutting/roman-blind.js';
import { calculateTablecloth, tableclothInputSchema } from '../../core/cutting/tablecloth.js';
import { errorResponses } from '../schemas.js';

const formatQuery = z.object({
  format: z.enum(['json', 'svg']).optional().describe('json (default): the cutting list; svg: the cutting diagram as image/svg+xml'),
});

const lengthsNote =
  'Lengths are numbers in `unit` (default cm) or text with their own unit ("140cm", "54 1/2in", "2 1/8yd"); they are held exactly (1/8000 mm). Widths, pattern repeats and the total all round up. The formulas and their sources: docs/cutting.md.';

/**
 * The cloth-cutting calculator: pure computation, no data stored or read. It sits behind sign-in like
 * every other route, and as a POST it takes a write-scope API token (the auth hook's rule for unsafe methods).
 */
export function cuttingRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    function calculator<S extends z.ZodObject>(kind: CutKind, body: S, summary: string, calculate: (input: unknown) => CuttingList): void {
      app.post(
        `/cutting/${kind}`,
        {
          schema: {
            tags: ['cutting'],
            summary,
            description: lengthsNote,
            querystring: formatQuery,
            body,
            response: {
              200: { description: 'The cutting list, or with `format=svg` the cutting diagram', content: { 'application/json': { schema: cuttingListSchema }, 'image/svg+xml': { schema: z.string() } } },
              ...errorResponses,
            },
          },
        },
        async (req, reply) => {
          const list = calculate(req.body);
          if (req.query.format === 'svg') return reply.type('image/svg+xml; charset=utf-8').send(cuttingDiagramSvg(list));
          return reply.type('application/json; charset=utf-8').send(cuttingListJson(list));
        },
      );
    }

    calculator('curtains', curtainsInputSchema, 'Curtains: fabric widths, cut drops, pattern repeats, railroading and lining', calculateCurtains);
    calculator('tablecloth', tableclothInputSchema, 'Tablecloths, rectangular or round: cut size, joins and fabric', calculateTablecloth);
    calculator('cushion', cushionInputSchema, 'Envelope cushion covers: front and two overlapping backs', calculateCushion);
    calculator('roman-blind', romanBlindInputSchema, 'Roman blinds: cut width and length with hems and rod pockets', calculateRomanBlind);
  };
}
