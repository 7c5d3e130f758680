import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acknowledgeDecision } from '../../app/acknowledge-decision.js';
import { addConventionSession } from '../../app/add-convention-session.js';
import { addConvention } from '../../app/add-convention.js';
import { approveProceedings } from '../../app/approve-proceedings.js';
import { assembleProceedings } from '../../app/assemble-proceedings.js';
import { castVote } from '../../app/cast-vote.js';
import { checkIn } from '../../app/check-in.js';
import { closeVote } from '../../app/close-vote.js';
import { dispatchReport, getConvention, getMotion, getProceedings, listConventionSeries } from '../../app/convention-queries.js';
import { createConventionSeries } from '../../app/create-convention-series.js';
import { decideAmendment } from '../../app/decide-amendment.js';
import { draftMotion } from '../../app/draft-motion.js';
import { fillDelegateSeat } from '../../app/fill-delegate-seat.js';
import { freezeRoster } from '../../app/freeze-roster.js';
import { ballotChoices, ballotKinds, ballotMedia, motionKinds } from '../../app/motion-views.js';
import { cancelConventionSession } from '../../app/cancel-convention-session.js';
import { changeConventionSession } from '../../app/change-convention-session.js';
import { enterPaperBallotTotals } from '../../app/enter-paper-ballot-totals.js';
import { withdrawMotion } from '../../app/withdraw-motion.js';
import { openVote } from '../../app/open-vote.js';
import { proposeAmendment } from '../../app/propose-amendment.js';
import { publishText } from '../../app/publish-text.js';
import { addressKinds, recordAddress } from '../../app/record-address.js';
import { badgeList, listRoster } from '../../app/roster-queries.js';
import { sendDownDecision } from '../../app/send-down-decision.js';
import { substituteDelegate } from '../../app/substitute-delegate.js';
import {
  addressSchema,
  badgeSchema,
  checkInSchema,
  conventionDetailSchema,
  conventionSchema,
  dispatchReportSchema,
  freezeResultSchema,
  localDateTime,
  motionSchema,
  proceedingsSchema,
  rosterEntrySchema,
  seriesListSchema,
  seriesSchema,
  sessionSchema,
  timeZone,
} from '../meeting-schemas.js';
import { errorResponses, id, isoDate, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';

const conventionParams = orgParams.extend({ conventionId: id });
const rosterParams = conventionParams.extend({ rosterId: id });
const motionParams = orgParams.extend({ motionId: id });
const sessionParams = conventionParams.extend({ sessionId: id });
const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
const count = z.number().int().min(0).max(10_000_000);

const rosterRule = z
  .strictObject({
    officeHolders: z.array(z.strictObject({ unitKind: key, office: key })).max(20).optional(),
    delegates: z.strictObject({ perUnitKind: key, perMembers: z.number().int().min(1), rounding: z.enum(['up', 'down', 'nearest']), minimum: z.number().int().min(0).optional() }).optional(),
    guests: z.array(z.strictObject({ name: z.string().max(200), memberNo: z.string().max(32).optional() })).max(1000).optional(),
  })
  .describe('Who sits: office holders at the cut-off date, delegate seats per unit (state the rounding), named guests');

export function conventionRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['conventions'];

    app.get('/orgs/:org/convention-series', { schema: { tags, summary: 'Convention series you can see, with every edition and its figures', params: orgParams, response: { 200: seriesListSchema, ...errorResponses } } }, async (req) =>
      listConventionSeries(req.ctx, req.params.org),
    );

    app.post(
      '/orgs/:org/convention-series',
      { schema: { tags, summary: 'Start a numbered series of conventions convened by a unit', params: orgParams, body: z.strictObject({ unitId: id, name: z.strictObject({ en: z.string().max(200), ko: z.string().max(200) }) }), response: { 201: seriesSchema, ...errorResponses } } },
      async (req, reply) => {
        reply.code(201);
        return createConventionSeries(req.ctx, { org: req.params.org, unit: { id: req.body.unitId }, name: req.body.name });
      },
    );

    app.post(
      '/orgs/:org/convention-series/:seriesId/conventions',
      {
        schema: {
          tags,
          summary: 'Add an edition: one being planned, or a past one with its dates (and figures when known)',
          params: orgParams.extend({ seriesId: id }),
          body: z.strictObject({
            ordinal: z.number().int().min(1).max(10_000).optional(),
            startsOn: isoDate,
            endsOn: isoDate,
            timeZone,
            place: z.string().max(300).nullable().optional(),
            plannedParticipants: count.nullable().optional(),
            past: z.strictObject({ participants: count.nullable().optional(), present: count.nullable().optional() }).optional(),
          }),
          response: { 201: conventionSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return addConvention(req.ctx, { org: req.params.org, seriesId: req.params.seriesId, ...req.body });
      },
    );

    app.get('/orgs/:org/conventions/:conventionId', { schema: { tags, summary: 'A convention: program with live counts, roster figures, addresses, motions', params: conventionParams, response: { 200: conventionDetailSchema, ...errorResponses } } }, async (req) =>
      getConvention(req.ctx, req.params.org, req.params.conventionId),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/roster/freeze',
      {
        schema: {
          tags,
          summary: 'Compute the roster by rule from the tree on the cut-off date and freeze it (dryRun: preview)',
          params: conventionParams,
          body: z.strictObject({ rule: rosterRule, cutoffOn: isoDate, version, dryRun: z.boolean().optional() }),
          response: { 200: freezeResultSchema, ...errorResponses },
        },
      },
      async (req) => freezeRoster(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, rule: req.body.rule, cutoffOn: req.body.cutoffOn, version: req.body.version, dryRun: req.body.dryRun }),
    );

    app.get(
      '/orgs/:org/conventions/:conventionId/roster',
      { schema: { tags, summary: 'The roster, or a search by name, member number or badge code', params: conventionParams, querystring: z.object({ q: z.string().max(100).optional(), ...pageQuery }), response: { 200: pageOf(rosterEntrySchema), ...errorResponses } } },
      async (req) => listRoster(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, q: req.query.q, cursor: req.query.cursor, limit: req.query.limit }),
    );

    app.get(
      '/orgs/:org/conventions/:conventionId/badges',
      {
        schema: {
          tags,
          summary: 'Printable badge list with codes (those who run the convention only)',
          params: conventionParams,
          querystring: z.object({ cursor: pageQuery.cursor, limit: z.coerce.number().int().min(1).max(10_000).optional() }),
          response: { 200: pageOf(badgeSchema), ...errorResponses },
        },
      },
      async (req) => badgeList(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, cursor: req.query.cursor, limit: req.query.limit }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/roster/:rosterId/fill',
      { schema: { tags, summary: 'Name the member a unit elected to one of its delegate seats', params: rosterParams, body: z.strictObject({ memberId: id, version }), response: { 200: rosterEntrySchema, ...errorResponses } } },
      async (req) => fillDelegateSeat(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, rosterId: req.params.rosterId, member: { id: req.body.memberId }, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/roster/:rosterId/substitute',
      { schema: { tags, summary: 'Replace an absent delegate by a substitute, with the reason', params: rosterParams, body: z.strictObject({ memberId: id, reason, version }), response: { 200: rosterEntrySchema, ...errorResponses } } },
      async (req) => substituteDelegate(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, rosterId: req.params.rosterId, member: { id: req.body.memberId }, reason: req.body.reason, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/sessions',
      {
        schema: { tags, summary: 'Add a session to the program (wall-clock times in the convention’s zone)', params: conventionParams, body: z.strictObject({ title: z.string().max(200), start: localDateTime, end: localDateTime }), response: { 201: sessionSchema, ...errorResponses } },
      },
      async (req, reply) => {
        reply.code(201);
        return addConventionSession(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, ...req.body });
      },
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/sessions/:sessionId/change',
      {
        schema: {
          tags,
          summary: 'Retitle or move a session (raises the calendar SEQUENCE)',
          params: sessionParams,
          body: z.strictObject({ title: z.string().max(200).optional(), start: localDateTime.optional(), end: localDateTime.optional(), version }),
          response: { 200: sessionSchema, ...errorResponses },
        },
      },
      async (req) => changeConventionSession(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, sessionId: req.params.sessionId, ...req.body }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/sessions/:sessionId/cancel',
      { schema: { tags, summary: 'Cancel a session (kept in the program; calendars show STATUS:CANCELLED)', params: sessionParams, body: z.strictObject({ reason, version }), response: { 200: sessionSchema, ...errorResponses } } },
      async (req) => cancelConventionSession(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, sessionId: req.params.sessionId, reason: req.body.reason, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/check-ins',
      {
        schema: {
          tags,
          summary: 'Check a person in to a session by badge code or roster entry',
          description: 'A second check-in keeps the first time and answers `alreadyCheckedIn: true`.',
          params: conventionParams,
          body: z.strictObject({ sessionId: id, badgeCode: z.string().max(40).optional(), rosterId: id.optional() }),
          response: { 200: checkInSchema, ...errorResponses },
        },
      },
      async (req) => checkIn(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, ...req.body }),
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/addresses',
      {
        schema: {
          tags,
          summary: 'Record an address: speaker, title, full text, time',
          params: conventionParams,
          body: z.strictObject({ sessionId: id.nullable().optional(), kind: z.enum(addressKinds), speakerMemberId: id.optional(), speakerName: z.string().max(200).optional(), title: z.string().max(300), text: z.string().max(200_000), deliveredAt: z.string().max(40).optional() }),
          response: { 201: addressSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b = req.body;
        reply.code(201);
        return recordAddress(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, sessionId: b.sessionId, kind: b.kind, speaker: b.speakerMemberId !== undefined ? { member: { id: b.speakerMemberId } } : { name: b.speakerName ?? '' }, title: b.title, text: b.text, deliveredAt: b.deliveredAt });
      },
    );

    app.post(
      '/orgs/:org/conventions/:conventionId/motions',
      {
        schema: {
          tags: ['motions'],
          summary: 'Table a motion or statement in draft',
          description: 'The mover (who may withdraw it) defaults to your own member record.',
          params: conventionParams,
          body: z.strictObject({ sessionId: id.nullable().optional(), kind: z.enum(motionKinds), title: z.string().max(300), text: z.string().max(200_000), moverMemberId: id.optional() }),
          response: { 201: motionSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { moverMemberId, ...b } = req.body;
        reply.code(201);
        return draftMotion(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, ...b, mover: moverMemberId === undefined ? undefined : { id: moverMemberId } });
      },
    );

    app.post('/orgs/:org/conventions/:conventionId/proceedings', { schema: { tags, summary: 'Assemble (or reassemble) the draft record of proceedings', params: conventionParams, body: z.strictObject({}), response: { 200: proceedingsSchema, ...errorResponses } } }, async (req) =>
      assembleProceedings(req.ctx, { org: req.params.org, conventionId: req.params.conventionId }),
    );
    app.get('/orgs/:org/conventions/:conventionId/proceedings', { schema: { tags, summary: 'The record of proceedings', params: conventionParams, response: { 200: proceedingsSchema, ...errorResponses } } }, async (req) =>
      getProceedings(req.ctx, req.params.org, req.params.conventionId),
    );
    app.post(
      '/orgs/:org/conventions/:conventionId/proceedings/approve',
      { schema: { tags, summary: 'Approve the proceedings: immutable from now on; the convention closes', params: conventionParams, body: z.strictObject({ version }), response: { 200: proceedingsSchema, ...errorResponses } } },
      async (req) => approveProceedings(req.ctx, { org: req.params.org, conventionId: req.params.conventionId, version: req.body.version }),
    );

    const mtags = ['motions'];
    app.get('/orgs/:org/motions/:motionId', { schema: { tags: mtags, summary: 'A motion with amendments, ballot and result', params: motionParams, response: { 200: motionSchema, ...errorResponses } } }, async (req) => getMotion(req.ctx, req.params.org, req.params.motionId));
    app.post(
      '/orgs/:org/motions/:motionId/amendments',
      { schema: { tags: mtags, summary: 'Propose an amendment (the full amended text)', params: motionParams, body: z.strictObject({ text: z.string().max(200_000), rationale: z.string().max(5000).optional() }), response: { 200: motionSchema, ...errorResponses } } },
      async (req) => proposeAmendment(req.ctx, { org: req.params.org, motionId: req.params.motionId, ...req.body }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/amendments/:amendmentId/decide',
      { schema: { tags: mtags, summary: 'Accept or reject an amendment', params: motionParams.extend({ amendmentId: id }), body: z.strictObject({ accept: z.boolean(), version }), response: { 200: motionSchema, ...errorResponses } } },
      async (req) => decideAmendment(req.ctx, { org: req.params.org, motionId: req.params.motionId, amendmentId: req.params.amendmentId, accept: req.body.accept, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/open-vote',
      {
        schema: {
          tags: mtags,
          summary: 'Put the motion to an open or secret ballot',
          description: 'A secret ballot is cast in the app (`medium: electronic`, the default) or on paper (`medium: paper`: tellers then enter the totals).',
          params: motionParams,
          body: z.strictObject({ ballot: z.enum(ballotKinds), medium: z.enum(ballotMedia).optional(), version }),
          response: { 200: motionSchema, ...errorResponses },
        },
      },
      async (req) => openVote(req.ctx, { org: req.params.org, motionId: req.params.motionId, ballot: req.body.ballot, medium: req.body.medium, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/paper-totals',
      {
        schema: {
          tags: mtags,
          summary: 'Tellers enter the counted totals of a paper secret ballot',
          description: 'Totals only, never per person. More papers than voters present is refused. Send `version` to correct totals already entered.',
          params: motionParams,
          body: z.strictObject({ for: z.number().int().min(0), against: z.number().int().min(0), abstain: z.number().int().min(0), spoilt: z.number().int().min(0), version: version.optional() }),
          response: { 200: motionSchema, ...errorResponses },
        },
      },
      async (req) => enterPaperBallotTotals(req.ctx, { org: req.params.org, motionId: req.params.motionId, ...req.body }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/withdraw',
      { schema: { tags: mtags, summary: 'Withdraw a motion before its vote closes (its mover or the chair), with the reason', params: motionParams, body: z.strictObject({ reason, version }), response: { 200: motionSchema, ...errorResponses } } },
      async (req) => withdrawMotion(req.ctx, { org: req.params.org, motionId: req.params.motionId, reason: req.body.reason, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/votes',
      {
        schema: {
          tags: mtags,
          summary: 'Cast a ballot',
          description: 'Without `rosterId` you vote yourself (you must sit at the convention and be checked in). With it, a teller records a named open vote. Secret ballots keep no link from the choice to the voter.',
          params: motionParams,
          body: z.strictObject({ choice: z.enum(ballotChoices), rosterId: id.optional() }),
          response: { 200: z.object({ motionId: z.number().int(), ballot: z.enum(['open', 'secret']), recorded: z.literal(true) }), ...errorResponses },
        },
      },
      async (req) => castVote(req.ctx, { org: req.params.org, motionId: req.params.motionId, choice: req.body.choice, rosterId: req.body.rosterId }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/close-vote',
      { schema: { tags: mtags, summary: 'Close the vote and decide by the rulebook’s quorum and majority', params: motionParams, body: z.strictObject({ version }), response: { 200: motionSchema, ...errorResponses } } },
      async (req) => closeVote(req.ctx, { org: req.params.org, motionId: req.params.motionId, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/publish',
      { schema: { tags: mtags, summary: 'Publish an adopted text in the public bulletin under a citable id', params: motionParams, body: z.strictObject({ version }), response: { 200: motionSchema, ...errorResponses } } },
      async (req) => publishText(req.ctx, { org: req.params.org, motionId: req.params.motionId, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/send-down',
      { schema: { tags: mtags, summary: 'Send an adopted text down to the units of the subtree for acknowledgement', params: motionParams, body: z.strictObject({ unitKinds: z.array(key).max(20).optional() }), response: { 200: z.object({ motionId: z.number().int(), sent: z.number().int() }), ...errorResponses } } },
      async (req) => sendDownDecision(req.ctx, { org: req.params.org, motionId: req.params.motionId, unitKinds: req.body.unitKinds }),
    );
    app.post(
      '/orgs/:org/motions/:motionId/acknowledge',
      { schema: { tags: mtags, summary: 'A unit acknowledges a decision sent down to it', params: motionParams, body: z.strictObject({ unitId: id }), response: { 200: z.object({ motionId: z.number().int(), unitId: z.number().int(), acknowledgedAt: z.string() }), ...errorResponses } } },
      async (req) => acknowledgeDecision(req.ctx, { org: req.params.org, motionId: req.params.motionId, unit: { id: req.body.unitId } }),
    );
    app.get(
      '/orgs/:org/motions/:motionId/dispatches',
      { schema: { tags: mtags, summary: 'Which units have not acknowledged a decision', params: motionParams, querystring: z.object({ within: id.optional() }), response: { 200: dispatchReportSchema, ...errorResponses } } },
      async (req) => dispatchReport(req.ctx, { org: req.params.org, motionId: req.params.motionId, within: req.query.within ? { id: req.query.within } : undefined }),
    );
  };
}
