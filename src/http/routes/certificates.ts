import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificatePdf } from '../../app/certificate-pdf.js';
import { getCertificate, issuerProfile, listMemberCertificates, publicAchievement, verifyCertificate } from '../../app/certificate-queries.js';
import type { AppContext } from '../../app/context.js';
import { getOrg } from '../../app/org-queries.js';
import { issueCertificate } from '../../app/issue-certificate.js';
import { revokeCertificate } from '../../app/revoke-certificate.js';
import { publicKeySet, rotateSigningKey } from '../../app/signing-keys.js';
import { AppError } from '../../core/errors.js';
import { htmlPageCsp, notFoundPage, printableCertificate, verificationPage } from '../certificate-pages.js';
import type { PublicBase } from '../public-url.js';
import { errorResponses, id, memberParams, orgParams, reason, version } from '../schemas.js';
import { achievementSchema, certificateSchema, consentSchema, issuerProfileSchema, keySetSchema, verificationSchema } from '../training-schemas.js';

const number = z.string().min(1).max(60).describe('The certificate number, e.g. SB-2026-7K3M-…');
const numberParams = orgParams.extend({ number });
const certParams = orgParams.extend({ certificateId: id });
const wantsHtml = (accept: string | undefined): boolean => (accept ?? '').includes('text/html');

/** Issuing, reading, printing and revoking certificates (authenticated), and rotating the signing key. */
export function certificateRoutes(publicBase: PublicBase, pdfFont: string) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['training', 'certificates'];

    app.post(
      '/orgs/:org/enrolments/:enrolmentId/certificate',
      {
        schema: {
          tags,
          summary: 'Complete an enrolment whose completion rule is met and issue its certificate',
          description: 'Attendance and the final piece must meet the course’s rule (422 `rule_violation` says what is missing). `consent` is what the holder agreed the public verification page may show; it is recorded with the certificate.',
          params: orgParams.extend({ enrolmentId: id }),
          body: z.strictObject({ consent: consentSchema, version }),
          response: { 201: certificateSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return issueCertificate(req.ctx, { org: req.params.org, enrolmentId: req.params.enrolmentId, consent: req.body.consent, version: req.body.version, baseUrl: publicBase(req) });
      },
    );

    app.get('/orgs/:org/certificates/:certificateId', { schema: { tags, summary: 'A certificate (the class’s staff, or the holder)', params: certParams, response: { 200: certificateSchema, ...errorResponses } } }, async (req) =>
      getCertificate(req.ctx, req.params.org, { id: req.params.certificateId }, publicBase(req)),
    );

    app.get(
      '/orgs/:org/certificates/:certificateId/credential',
      {
        schema: {
          tags,
          summary: 'Download the signed credential (Open Badges 3.0 as a VC-JWT, application/vc+jwt)',
          description: 'Verify it with the organization’s published keys: GET /api/v1/verify/orgs/{org}/keys, or `cellbook certificate verify FILE`.',
          params: certParams,
          response: { 200: z.string().describe('The compact JWS, served as application/vc+jwt'), ...errorResponses },
        },
      },
      async (req, reply) => {
        const c = await getCertificate(req.ctx, req.params.org, { id: req.params.certificateId }, publicBase(req));
        return reply
          .type('application/vc+jwt')
          .header('content-disposition', `attachment; filename="${c.number}.jwt"`)
          .send(c.credentialJwt);
      },
    );

    app.get(
      '/orgs/:org/certificates/:certificateId/print',
      { schema: { tags, summary: 'The printable certificate (HTML with a QR code to the verification page; no scripts)', params: certParams }, helmet: htmlPageCsp },
      async (req, reply) => {
        const c = await getCertificate(req.ctx, req.params.org, { id: req.params.certificateId }, publicBase(req));
        const org = await getOrg(req.ctx, req.params.org);
        const area = org.rulebook.training.areas.find((a) => a.key === c.area)?.name ?? null;
        return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(await printableCertificate(c, org.name, area));
      },
    );

    app.get(
      '/orgs/:org/certificates/:certificateId/pdf',
      {
        schema: {
          tags,
          summary: 'The certificate as a PDF (A4, with the QR code to the verification page)',
          description: 'Set in the font of CELLBOOK_PDF_FONT (default Nanum Gothic, with Hangul); 500 `internal_error` says so when it is missing. The holder’s own copy names them; others’ copies name the holder only if they consented.',
          params: certParams,
        },
      },
      async (req, reply) => {
        const pdf = await certificatePdf(req.ctx, { org: req.params.org, certificate: { id: req.params.certificateId }, baseUrl: publicBase(req), fontPath: pdfFont });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${pdf.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf.bytes));
      },
    );

    app.get(
      '/orgs/:org/members/:memberId/certificates',
      { schema: { tags, summary: 'A member’s certificates (their own, or for those who may read the record)', params: memberParams, response: { 200: z.object({ items: z.array(certificateSchema) }), ...errorResponses } } },
      async (req) => ({ items: await listMemberCertificates(req.ctx, req.params.org, { id: req.params.memberId }, publicBase(req)) }),
    );

    app.post(
      '/orgs/:org/certificates/:certificateId/revoke',
      { schema: { tags, summary: 'Revoke a certificate with a reason; verification shows it from now on', params: certParams, body: z.strictObject({ reason, version }), response: { 200: certificateSchema, ...errorResponses } } },
      async (req) => revokeCertificate(req.ctx, { org: req.params.org, certificate: { id: req.params.certificateId }, reason: req.body.reason, version: req.body.version, baseUrl: publicBase(req) }),
    );

    app.post(
      '/orgs/:org/signing-keys/rotate',
      {
        schema: {
          tags,
          summary: 'Retire the organization’s signing key and make a new one (administrators of the whole organization)',
          description: 'Credentials signed with the retired key still verify: its public part stays published.',
          params: orgParams,
          body: z.strictObject({ reason }),
          response: { 200: z.object({ kid: z.string() }), ...errorResponses },
        },
      },
      async (req) => rotateSigningKey(req.ctx, req.params.org, req.body.reason),
    );
  };
}

/** Public verification: anyone holding a certificate number (the QR code) or a credential. */
export function verificationRoutes(baseCtx: AppContext, publicBase: PublicBase) {
  const api = async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['verification'];
    const config = { public: true };
    app.get(
      '/verify/:org/:number',
      { config, schema: { tags, summary: 'The status of a certificate and what its holder consented to show', security: [], params: numberParams, response: { 200: verificationSchema, ...errorResponses } } },
      async (req, reply) => {
        // Revalidated on every look: a revocation must show at once, not after a cache expires.
        reply.header('cache-control', 'no-cache');
        return verifyCertificate(baseCtx, req.params.org, req.params.number, publicBase(req));
      },
    );
    app.get(
      '/verify/orgs/:org/keys',
      { config, schema: { tags, summary: 'The organization’s public signing keys (JWKS), retired ones included', security: [], params: orgParams, response: { 200: keySetSchema, ...errorResponses } } },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return publicKeySet(baseCtx, req.params.org);
      },
    );
    app.get(
      '/verify/orgs/:org/issuer',
      { config, schema: { tags, summary: 'The issuer’s Open Badges 3.0 profile', security: [], params: orgParams, response: { 200: issuerProfileSchema, ...errorResponses } } },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return issuerProfileSchema.parse(await issuerProfile(baseCtx, req.params.org, publicBase(req)));
      },
    );
    app.get(
      '/verify/orgs/:org/courses/:courseCode',
      {
        config,
        schema: {
          tags,
          summary: 'The Open Badges 3.0 Achievement of a course: what the achievement id of its credentials resolves to',
          description: 'The course’s public description, criteria and area only; no holder, no instructor.',
          security: [],
          params: orgParams.extend({ courseCode: z.string().min(1).max(32).describe('The course code, e.g. HF101') }),
          response: { 200: achievementSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return publicAchievement(baseCtx, req.params.org, req.params.courseCode, publicBase(req));
      },
    );
  };
  const page = async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get('/verify/:org/:number', { config: { public: true }, schema: { hide: true, params: numberParams }, helmet: htmlPageCsp }, async (req, reply) => {
      const base = publicBase(req);
      try {
        const v = await verifyCertificate(baseCtx, req.params.org, req.params.number, base);
        const jsonUrl = `${base}/api/v1/verify/${encodeURIComponent(req.params.org)}/${encodeURIComponent(v.number)}`;
        return await reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(verificationPage(v, jsonUrl));
      } catch (e) {
        // A person who scanned a code gets a page; a program gets problem details.
        if (e instanceof AppError && e.code === 'not_found' && wantsHtml(req.headers.accept)) return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage());
        throw e;
      }
    });
  };
  return { api, page };
}
