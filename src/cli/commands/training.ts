import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import { AppError } from '../../core/errors.js';
import { getCertificate } from '../../app/certificate-queries.js';
import { createCourse } from '../../app/create-course.js';
import { getClass, listClasses, listCourses } from '../../app/course-queries.js';
import { enrolStudent } from '../../app/enrol-student.js';
import { getEnrolment } from '../../app/enrolment-queries.js';
import { issueCertificate } from '../../app/issue-certificate.js';
import { openClass } from '../../app/open-class.js';
import { revokeCertificate } from '../../app/revoke-certificate.js';
import { publicKeySet, rotateSigningKey } from '../../app/signing-keys.js';
import { certificatePdf } from '../../app/certificate-pdf.js';
import type { Config } from '../config.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';
import { printTable } from '../output.js';

type OrgOpts = GlobalOptions & { org: string };

/** A whole number from an option, or a located validation error. */
function wholeNumber(value: string | undefined, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new AppError('validation_failed', `--${path} is not a whole number`, { problems: [{ path, message: `'${value}' is not a whole number` }] });
  return Number(value);
}

/** Where certificates point (embedded for good): --public-url, else PUBLIC_URL. */
function publicUrlFor(config: Config, given: string | undefined): string {
  const url = (given ?? config.publicUrl)?.replace(/\/+$/, '');
  if (!url) throw new AppError('validation_failed', 'The public address of this server is not known', { problems: [{ path: 'PUBLIC_URL', message: 'is not set' }], hint: 'Set PUBLIC_URL (e.g. https://center.example.org) or pass --public-url: certificates embed it for good' });
  return url;
}

/** For showing only: the configured public address, else the local server's. */
const displayBase = (config: Config): string => config.publicUrl ?? `http://${config.host}:${config.port}`;

const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function readCredential(source: string): string {
  const text = source.trim();
  if (JWT_PATTERN.test(text)) return text;
  let content: string;
  try {
    content = readFileSync(source, 'utf8').trim();
  } catch {
    throw new AppError('validation_failed', `'${source}' is neither a VC-JWT nor a readable file`, { problems: [{ path: 'credential', message: 'give the VC-JWT itself or a file holding it' }] });
  }
  if (!JWT_PATTERN.test(content)) throw new AppError('validation_failed', `The file '${source}' does not hold a VC-JWT`, { problems: [{ path: 'credential', message: 'expected header.payload.signature in base64url' }] });
  return content;
}

async function readKeySet(source: string): Promise<JWK[]> {
  let text: string;
  if (/^https?:\/\//.test(source)) {
    try {
      const res = await fetch(source, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      text = await res.text();
    } catch (e) {
      throw new AppError('validation_failed', `Cannot fetch the key set from ${source}: ${e instanceof Error ? e.message : String(e)}`, { problems: [{ path: 'keys', message: 'a JWK set URL, e.g. …/api/v1/verify/orgs/{org}/keys' }] });
    }
  } else {
    try {
      text = readFileSync(source, 'utf8');
    } catch {
      throw new AppError('validation_failed', `Cannot read the key set file '${source}'`, { problems: [{ path: 'keys', message: 'a JWK set file or URL' }] });
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'The key set is not JSON', { problems: [{ path: 'keys', message: 'expected a JWK set: {"keys": [...]}' }] });
  }
  const keys = parsed !== null && typeof parsed === 'object' && Array.isArray((parsed as { keys?: unknown }).keys) ? (parsed as { keys: unknown[] }).keys : [parsed];
  const jwks = keys.filter((k): k is JWK => k !== null && typeof k === 'object' && typeof (k as JWK).kty === 'string');
  if (jwks.length === 0) throw new AppError('validation_failed', 'The key set holds no keys', { problems: [{ path: 'keys', message: 'expected a JWK set: {"keys": [...]}' }] });
  return jwks;
}

interface VerifyResult {
  valid: boolean;
  reason: string | null;
  kid: string | null;
  issuer: { id: string | null; name: string | null };
  holder: { name: string | null; hashed: boolean; identityHash: string | null };
  achievement: { name: string | null; code: string | null; fieldOfStudy: string | null };
  issued: string | null;
  credentialId: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Checks a VC-JWT (EdDSA) against a published key set, offline. */
async function verifyCredential(jwt: string, keys: JWK[]): Promise<VerifyResult> {
  let kid: string | null = null;
  try {
    kid = decodeProtectedHeader(jwt).kid ?? null;
  } catch {
    throw new AppError('validation_failed', 'The credential is not a well-formed JWT', { problems: [{ path: 'credential', message: 'the header is not base64url JSON' }] });
  }
  const empty: VerifyResult = { valid: false, reason: null, kid, issuer: { id: null, name: null }, holder: { name: null, hashed: false, identityHash: null }, achievement: { name: null, code: null, fieldOfStudy: null }, issued: null, credentialId: null };
  const candidates = kid === null ? keys : keys.filter((k) => k.kid === kid);
  if (candidates.length === 0) return { ...empty, reason: `no key with id '${kid}' in the key set` };
  let failure = 'the signature does not match';
  for (const jwk of candidates) {
    let payload: Record<string, unknown>;
    try {
      const key = await importJWK(jwk, 'EdDSA');
      payload = (await jwtVerify(jwt, key, { algorithms: ['EdDSA'] })).payload as Record<string, unknown>;
    } catch (e) {
      if (e instanceof Error && !/signature/i.test(e.message)) failure = e.message;
      continue;
    }
    const issuer = obj(payload.issuer);
    const subject = obj(payload.credentialSubject);
    const identity = obj(Array.isArray(subject.identifier) ? subject.identifier[0] : undefined);
    const achievement = obj(subject.achievement);
    const hashed = identity.hashed === true;
    return {
      valid: true,
      reason: null,
      kid,
      issuer: { id: str(issuer.id) ?? str(payload.iss), name: str(issuer.name) },
      holder: { name: hashed ? null : str(identity.identityHash), hashed, identityHash: hashed ? str(identity.identityHash) : null },
      achievement: { name: str(achievement.name), code: str(achievement.humanCode), fieldOfStudy: str(achievement.fieldOfStudy) },
      issued: str(payload.validFrom),
      credentialId: str(payload.id) ?? str(payload.jti),
    };
  }
  return { ...empty, reason: failure };
}

export function registerTrainingCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  };

  const course = program.command('course').description('the course catalogue (courses are named by code)');
  course
    .command('list')
    .description('list the courses of an organization')
    .requiredOption('--org <slug>', 'organization')
    .option('--area <key>', 'only this area (a key of the rulebook\'s training.areas)')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { area?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listCourses(ctx, { org: o.org, area: o.area, limit: wholeNumber(o.limit, 'limit') });
        if (o.json) return print(o, page, '');
        if (page.items.length === 0) return io.stdout('No courses yet. Add one with `cellbook course create`.\n');
        printTable(
          io,
          page.items.map((c) => ({ code: c.code, title: c.title, area: c.area, level: c.level, lessons: c.lessons, fee: `${c.fee} ${c.currency}`, unit: c.unitCode, status: c.status })),
          ['code', 'title', 'area', 'level', 'lessons', 'fee', 'unit', 'status'],
        );
        if (page.nextCursor) io.stdout('(more: raise --limit or narrow by --area)\n');
      });
    });
  course
    .command('create')
    .description('add a course to the catalogue of a unit (a program); the completion rule defaults to the rulebook\'s')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the unit that offers it (a program)')
    .requiredOption('--code <code>', 'course code: 1–32 letters, digits or -')
    .requiredOption('--title <title>', 'the course title')
    .requiredOption('--area <key>', 'area (a key of the rulebook\'s training.areas)')
    .requiredOption('--level <level>', 'beginner, intermediate, advanced or instructor')
    .requiredOption('--lessons <n>', 'number of lessons (1–500)')
    .option('--fee <amount>', 'fee in the smallest unit of the currency', '0')
    .option('--currency <code>', 'ISO 4217 currency (default KRW)')
    .option('--description <text>', 'what the course teaches')
    .option('--min-attendance <percent>', 'attendance needed to complete, 0–100 (default: the rulebook\'s)')
    .option('--final-piece', 'a passed final piece is needed to complete')
    .option('--no-final-piece', 'no final piece is needed to complete')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string; code: string; title: string; area: string; level: string; lessons: string; fee: string; currency?: string; description?: string; minAttendance?: string; finalPiece?: boolean }) => {
      const input = {
        org: o.org,
        unit: { code: o.unit },
        code: o.code,
        title: o.title,
        area: o.area,
        level: o.level,
        description: o.description,
        fee: wholeNumber(o.fee, 'fee') ?? 0,
        currency: o.currency,
        lessons: wholeNumber(o.lessons, 'lessons') ?? 0,
        minAttendancePercent: wholeNumber(o.minAttendance, 'min-attendance'),
        finalPieceRequired: o.finalPiece,
      };
      await rt.withSession(o, async ({ ctx }) => {
        const c = await createCourse(ctx, input);
        const rule = `${c.completion.minAttendancePercent} % attendance${c.completion.finalPieceRequired ? ' and a passed final piece' : ''}`;
        print(o, c, `Created course ${c.code} (id ${c.id}) '${c.title}' in '${c.unitCode}': ${c.lessons} lessons, ${c.fee} ${c.currency}; completes with ${rule}.`);
      });
    });

  const klass = program.command('class').description('classes of courses: open, list, show roster and waitlist (classes are named by id)');
  klass
    .command('open')
    .description('open a class of a course in a class unit, with a qualified instructor, schedule, room and capacity')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the class unit (one class per unit)')
    .requiredOption('--course <code>', 'course code')
    .requiredOption('--instructor <memberNo>', 'the instructor (needs a valid qualification for the course\'s area)')
    .requiredOption('--schedule <text>', 'how the class meets, in words, e.g. "Tue 10:00–12:00"')
    .requiredOption('--room <room>', 'room')
    .requiredOption('--capacity <n>', 'places (1–1000)')
    .requiredOption('--starts-on <date>', 'YYYY-MM-DD')
    .requiredOption('--ends-on <date>', 'YYYY-MM-DD')
    .option('--tz <zone>', 'IANA time zone of the lessons', 'Asia/Seoul')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string; course: string; instructor: string; schedule: string; room: string; capacity: string; startsOn: string; endsOn: string; tz: string }) => {
      const capacity = wholeNumber(o.capacity, 'capacity') ?? 0;
      await rt.withSession(o, async ({ ctx }) => {
        const k = await openClass(ctx, { org: o.org, unit: { code: o.unit }, course: { code: o.course.trim().toUpperCase() }, instructor: { memberNo: o.instructor }, schedule: o.schedule, room: o.room, capacity, startsOn: o.startsOn, endsOn: o.endsOn, timeZone: o.tz });
        print(o, k, `Opened class ${k.id} of ${k.courseCode} in '${k.unitCode}': ${k.places.capacity} places, ${k.startsOn} → ${k.endsOn}, ${k.schedule}, ${k.room}.`);
      });
    });
  klass
    .command('list')
    .description('classes you can see, of a course or within a unit\'s subtree')
    .requiredOption('--org <slug>', 'organization')
    .option('--course <code>', 'only classes of this course')
    .option('--within <code>', 'only classes in this subtree')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { course?: string; within?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listClasses(ctx, { org: o.org, course: o.course ? { code: o.course.trim().toUpperCase() } : undefined, within: o.within ? { code: o.within } : undefined, limit: wholeNumber(o.limit, 'limit') });
        if (o.json) return print(o, page, '');
        if (page.items.length === 0) return io.stdout('No classes.\n');
        printTable(
          io,
          page.items.map((k) => ({ id: k.id, unit: k.unitCode, course: k.courseCode, dates: `${k.startsOn} → ${k.endsOn}`, enrolled: `${k.places.enrolled}/${k.places.capacity}`, waiting: k.places.waitlisted, room: k.room })),
          ['id', 'unit', 'course', 'dates', 'enrolled', 'waiting', 'room'],
        );
        if (page.nextCursor) io.stdout('(more: raise --limit or narrow the search)\n');
      });
    });
  klass
    .command('show <classId>')
    .description('a class with its roster and waitlist (in order)')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (classId: string, o: OrgOpts) => {
      const id = wholeNumber(classId, 'classId') ?? 0;
      await rt.withSession(o, async ({ ctx }) => {
        const k = await getClass(ctx, o.org, id);
        if (o.json) return print(o, k, '');
        io.stdout(`Class ${k.id}: ${k.courseCode} '${k.courseTitle}' in '${k.unitCode}' (${k.name})\n`);
        io.stdout(`${k.startsOn} → ${k.endsOn}, ${k.schedule}, ${k.room} (${k.timeZone})\n`);
        io.stdout(`places: ${k.places.enrolled} enrolled of ${k.places.capacity}, ${k.places.free} free, ${k.places.waitlisted} waiting, ${k.places.enquiries} enquiries\n`);
        const roster = k.enrolments.filter((e) => e.state !== 'waitlisted');
        const waiting = k.enrolments.filter((e) => e.state === 'waitlisted');
        io.stdout('\nroster:\n');
        if (roster.length === 0) io.stdout('  (nobody)\n');
        else printTable(io, roster.map((e) => ({ enrolment: e.id, member: e.memberNo, family: e.familyName, given: e.givenName, state: e.state, note: e.overCapacityReason ? `over capacity: ${e.overCapacityReason}` : '' })), ['enrolment', 'member', 'family', 'given', 'state', 'note']);
        io.stdout('\nwaitlist:\n');
        if (waiting.length === 0) io.stdout('  (nobody)\n');
        else printTable(io, waiting.map((e) => ({ position: e.waitlistPosition, enrolment: e.id, member: e.memberNo, family: e.familyName, given: e.givenName })), ['position', 'enrolment', 'member', 'family', 'given']);
      });
    });

  program
    .command('enrol <classId> <memberNo>')
    .description('enrol a member in a class: a free place, else the waitlist (or over capacity with a reason)')
    .requiredOption('--org <slug>', 'organization')
    .option('--over-capacity-reason <text>', 'enrol even though the class is full, for this reason (kept on the record)')
    .option('--enquiry', 'record an enquiry only: no place is taken or queued for')
    .option('--json', 'print the result as JSON')
    .action(async (classId: string, memberNo: string, o: OrgOpts & { overCapacityReason?: string; enquiry?: boolean }) => {
      const id = wholeNumber(classId, 'classId') ?? 0;
      await rt.withSession(o, async ({ ctx }) => {
        const e = await enrolStudent(ctx, { org: o.org, classId: id, member: { memberNo }, enquiry: o.enquiry, overCapacityReason: o.overCapacityReason });
        const where = e.state === 'waitlisted' ? `waitlisted (position ${e.waitlistPosition ?? '?'})` : e.state === 'enquiry' ? 'recorded as an enquiry' : e.overCapacityReason ? 'enrolled over capacity' : 'enrolled';
        print(o, e, `Member ${e.memberNo} is ${where} in class ${e.classId} (enrolment ${e.id}).`);
      });
    });

  const certificate = program.command('certificate').description('certificates of completed courses: issue, show, revoke, PDF, publish and rotate keys, verify offline');
  certificate
    .command('issue <enrolmentId>')
    .description('complete an enrolment whose completion rule is met and issue its signed certificate (Open Badges 3.0 VC-JWT)')
    .requiredOption('--org <slug>', 'organization')
    .option('--show-name', 'the holder agreed that the public page shows their name (otherwise only a salted hash is in the credential)')
    .option('--show-course', 'the holder agreed that the public page shows the course')
    .option('--show-issued-on', 'the holder agreed that the public page shows the issue date')
    .option('--public-url <url>', 'where this server is reached publicly (default PUBLIC_URL); embedded for good')
    .option('--expect-version <n>', 'the enrolment version you read (default: the current one)')
    .option('--json', 'print the result as JSON')
    .action(async (enrolmentId: string, o: OrgOpts & { showName?: boolean; showCourse?: boolean; showIssuedOn?: boolean; publicUrl?: string; expectVersion?: string }) => {
      const id = wholeNumber(enrolmentId, 'enrolmentId') ?? 0;
      const expected = wholeNumber(o.expectVersion, 'expect-version');
      await rt.withSession(o, async ({ ctx, config }) => {
        const baseUrl = publicUrlFor(config, o.publicUrl);
        const version = expected ?? (await getEnrolment(ctx, o.org, id)).version;
        const c = await issueCertificate(ctx, { org: o.org, enrolmentId: id, consent: { showName: o.showName === true, showCourse: o.showCourse === true, showIssuedOn: o.showIssuedOn === true }, baseUrl, version });
        print(o, c, `Issued certificate ${c.number} (id ${c.id}) for ${c.courseCode}.\nverify at: ${c.verificationUrl}`);
      });
    });
  certificate
    .command('show <certificateId>')
    .description('a certificate: holder, course, consent, status and its signed credential')
    .requiredOption('--org <slug>', 'organization')
    .option('--credential', 'print only the signed VC-JWT (to save and verify elsewhere)')
    .option('--json', 'print the result as JSON')
    .action(async (certificateId: string, o: OrgOpts & { credential?: boolean }) => {
      const id = wholeNumber(certificateId, 'certificateId') ?? 0;
      await rt.withSession(o, async ({ ctx, config }) => {
        const c = await getCertificate(ctx, o.org, { id }, displayBase(config));
        if (o.json) return print(o, c, '');
        if (o.credential) return io.stdout(`${c.credentialJwt}\n`);
        const shown = [c.consent.showName ? 'name' : '', c.consent.showCourse ? 'course' : '', c.consent.showIssuedOn ? 'date' : ''].filter(Boolean).join(', ') || 'nothing but the status';
        io.stdout(`Certificate ${c.number} (id ${c.id}): ${c.status}${c.revokedAt ? ` since ${c.revokedAt.slice(0, 10)} — ${c.revocationReason ?? ''}` : ''}\n`);
        io.stdout(`holder: ${c.holderName} (enrolment ${c.enrolmentId})\ncourse: ${c.courseCode} '${c.courseTitle}' (${c.area})\nissued: ${c.issuedOn}\n`);
        io.stdout(`public page shows: ${shown} (consent recorded ${c.consent.recordedAt.slice(0, 10)})\nverify at: ${c.verificationUrl}\nsigned with key: ${c.signingKeyId}\n`);
      });
    });
  certificate
    .command('revoke <certificateId>')
    .description('revoke a certificate with a reason: the public page and status say so from now on')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--expect-version <n>', 'the certificate version you read (default: the current one)')
    .option('--json', 'print the result as JSON')
    .action(async (certificateId: string, o: OrgOpts & { reason: string; expectVersion?: string }) => {
      const id = wholeNumber(certificateId, 'certificateId') ?? 0;
      const expected = wholeNumber(o.expectVersion, 'expect-version');
      await rt.withSession(o, async ({ ctx, config }) => {
        const baseUrl = displayBase(config);
        const version = expected ?? (await getCertificate(ctx, o.org, { id }, baseUrl)).version;
        const c = await revokeCertificate(ctx, { org: o.org, certificate: { id }, reason: o.reason, version, baseUrl });
        print(o, c, `Certificate ${c.number} is revoked.`);
      });
    });
  certificate
    .command('pdf <number>')
    .description('write a certificate as a PDF (A4, with the QR code to its verification page), set in CELLBOOK_PDF_FONT (default Nanum Gothic, with Hangul)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nThe font must have Hangul: install fonts-nanum (apt-get install fonts-nanum) or set CELLBOOK_PDF_FONT to a .ttf/.otf file.')
    .action(async (number: string, o: OrgOpts & { out: string }) => {
      await rt.withSession(o, async ({ ctx, config }) => {
        const pdf = await certificatePdf(ctx, { org: o.org, certificate: { number }, baseUrl: displayBase(config), fontPath: config.pdfFont });
        try {
          writeFileSync(o.out, pdf.bytes);
        } catch (e) {
          throw new AppError('validation_failed', `Cannot write '${o.out}': ${e instanceof Error ? e.message : String(e)}`, { problems: [{ path: 'out', message: 'a file path you may write' }] });
        }
        print(o, { number: pdf.number, file: o.out, bytes: pdf.bytes.length }, `Wrote certificate ${pdf.number} to ${o.out} (${pdf.bytes.length} bytes).`);
      });
    });
  certificate
    .command('rotate-key')
    .description('retire the organization\'s signing key and make a new one (administrators of the whole organization); credentials signed before still verify')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why (e.g. scheduled rotation, suspected exposure)')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await rotateSigningKey(ctx, o.org, o.reason);
        print(o, r, `New signing key ${r.kid}; the previous one is retired and stays published for verification.`);
      });
    });
  certificate
    .command('keys')
    .description('print the organization\'s public signing keys (a JWK set, retired keys included), as published at /api/v1/verify/orgs/{org}/keys')
    .requiredOption('--org <slug>', 'organization')
    .action(async (o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        io.stdout(`${JSON.stringify(await publicKeySet(ctx, o.org), null, 2)}\n`);
      });
    });
  certificate
    .command('verify <credential>')
    .description('check a certificate\'s VC-JWT (the JWT itself or a file holding it) offline against a published key set; needs no database')
    .requiredOption('--keys <file-or-url>', 'the JWK set: a file, or the URL /api/v1/verify/orgs/{org}/keys')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExit code 0 when the signature is valid; 2 when it is not, or the credential or key set is malformed.\nRevocation is not checked offline: see the verification page for the current status.')
    .action(async (source: string, o: GlobalOptions & { keys: string }) => {
      const jwt = readCredential(source);
      const keys = await readKeySet(o.keys);
      const r = await verifyCredential(jwt, keys);
      if (!r.valid) rt.setExit(2);
      if (o.json) return print(o, r, '');
      if (!r.valid) return io.stdout(`invalid: ${r.reason ?? 'the signature does not match'}\n`);
      const holder = r.holder.hashed ? `not named (salted hash ${r.holder.identityHash ?? '?'})` : (r.holder.name ?? '?');
      io.stdout(`valid: signed by key ${r.kid ?? '?'}\nissuer: ${r.issuer.name ?? '?'} (${r.issuer.id ?? '?'})\nholder: ${holder}\nachievement: ${r.achievement.name ?? '?'}${r.achievement.code ? ` (${r.achievement.code})` : ''}\nissued: ${r.issued ?? '?'}\ncredential: ${r.credentialId ?? '?'}\n`);
    });
}
