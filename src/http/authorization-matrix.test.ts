import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, createAppContext, type AppContext } from '../app/context.js';
import { issueFeedToken } from '../app/feed-tokens.js';
import { conventionAt, meetingAt, type ConventionFixture, type ConventionStage } from '../test-support/meeting-fixtures.js';
import { issuePasswordReset } from '../app/issue-password-reset.js';
import { buildAccount, TEST_PASSWORD } from '../test-support/accounts.js';
import { caseAt, setStatus, transferAt, type CasePlace, type CaseStage } from '../test-support/case-fixtures.js';
import { fixedClock } from '../test-support/expect-error.js';
import { apiTokenOf, buildStaff, buildWorld, matrixRoles, openSession, versionOf, type Identity, type MatrixRole, type Staff, type World } from '../test-support/org-world.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { rowVersion, trainingAt, type TrainingFixture, type TrainingStage } from '../test-support/training-fixtures.js';
import { buildServer } from './server.js';

/*
 * The authorization matrix: every route of the router × every role × the objects it acts on.
 *
 * Roles (columns), see src/test-support/org-world.ts for the tree:
 *   admin      system administrator (users.is_admin)
 *   orgAdmin   org_admin granted at province A        staff    staff granted at province A
 *   auditor    auditor granted at province A          secretary  a member of cell OWN holding its secretary office
 *   member     a plain member of cell OWN (linked account)
 *   nobody     an account with no grant and no membership      anonymous  no credentials
 *
 * Targets, in the order of the letters:
 *   org routes         org = the organization, missing = an organization that does not exist
 *   object routes      own, sibling, parent, other, missing:
 *     units            OWN cell, SIB cell (same section), SA (the section above), CELLB (province B), no such id
 *     members          the plain member's record (in OWN), a member of SIB, an active member placed in no unit
 *                      (held at the top of the organization), a member of CELLB, no such id
 *     admission        into OWN, into SIB, into no unit, into CELLB, into a unit that does not exist
 *     office terms     the secretary term of OWN, SIB, SA, CELLB, no such id
 *     grants           an auditor grant (of another user) at OWN, SIB, SA, CELLB, no such id
 *   token routes       own token, another user's token, no such id
 *   other routes       one case ("-")
 *
 * Outcomes:
 *   A  allowed: 2xx
 *   R  allowed, then refused by a rule of the organization (409/422): used only where no request can
 *      succeed (a cell holds no units; a unit with members or sub-units cannot be dissolved; a
 *      committee holds no members to split or merge)
 *   M  answers as missing: 404, and the body is byte-identical, ids aside, to the missing object's
 *   F  forbidden: 403 (the object is visible, the action is not allowed)
 *   U  401: no credentials
 */
type Outcome = 'A' | 'R' | 'M' | 'F' | 'U';
type Row = readonly [admin: string, orgAdmin: string, staff: string, auditor: string, secretary: string, member: string, nobody: string, anonymous: string];

// prettier-ignore
const expected: Record<string, Row> = {
  //                                                             admin    orgAdmin staff    auditor  secret.  member   nobody   anon
  // Public routes: everyone, no credentials needed.
  'GET /*':                                                     ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  'GET /api/v1/health':                                         ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  'GET /api/v1/openapi.json':                                   ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  'GET /api/v1/problems':                                       ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  'POST /api/v1/auth/login':                                    ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  'POST /api/v1/auth/password-reset':                           ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'A'    ],
  // One's own account: every logged-in user, on their own things only.
  'GET /api/v1/auth/me':                                        ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/auth/logout':                                   ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/auth/logout-everywhere':                        ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'GET /api/v1/auth/tokens':                                    ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/auth/tokens':                                   ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'DELETE /api/v1/auth/tokens/:tokenId':                        ['AMM',   'AMM',   'AMM',   'AMM',   'AMM',   'AMM',   'AMM',   'UUU'  ],
  // Organizations.
  'GET /api/v1/orgs':                                           ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/orgs':                                          ['A',     'F',     'F',     'F',     'F',     'F',     'F',     'U'    ],
  'GET /api/v1/orgs/:org':                                      ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'MM',    'UU'   ],
  // Units: reading (names-level reads reach a member's own cell).
  'GET /api/v1/orgs/:org/units':                                ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId':                        ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId/counts':                 ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId/members':                ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId/history':                ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId/audit':                  ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Units: shaping the tree needs write_structure (staff and org admins), never an officer.
  'POST /api/v1/orgs/:org/units':                               ['RRARM', 'RRAMM', 'RRAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/rename':                ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/move':                  ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/dissolve':              ['RRRRM', 'RRRMM', 'RRRMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/split':                 ['AARAM', 'AARMM', 'AARMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/merge':                 ['AARAM', 'AARMM', 'AARMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/units/:unitId/offices':               ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/office-terms/:termId/end':            ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Members: full records need read; a member reads only their own record; unplaced members need the whole organization.
  'GET /api/v1/orgs/:org/members':                              ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/members/:memberId':                    ['AAAAM', 'AAMMM', 'AAMMM', 'AAMMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/members/:memberId/audit':              ['AAAAM', 'AAMMM', 'AAMMM', 'AAMMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/members/:memberId/data':               ['AAAAM', 'AAMMM', 'AAMMM', 'AAMMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  // Members: changes need write_members (staff, org admins, the cell's officer); never on one's own record.
  'POST /api/v1/orgs/:org/members':                             ['AAAAM', 'AAFMM', 'AAFMM', 'FFFMM', 'AMFMM', 'FMFMM', 'MMMMM', 'UUUUU'],
  'PATCH /api/v1/orgs/:org/members/:memberId':                  ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/status':            ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (the secretary may move their member, but the destination cell is out of their sight: missing)
  'POST /api/v1/orgs/:org/members/:memberId/transfer':          ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'MMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/erase':             ['AAAAM', 'AAMMM', 'FFMMM', 'FFMMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Reports and exports: what one may read, a subtree at a time; whole-organization checks need all of it.
  'GET /api/v1/orgs/:org/violations':                           ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/reports/overview':                     ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/exports/members.csv':                  ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/exports/units.csv':                    ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/counters/verify':                      ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  'GET /api/v1/orgs/:org/audit/verify':                         ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  'GET /api/v1/orgs/:org/audit/head':                           ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  // Bulk imports may touch any unit: they need write access to the whole organization.
  'POST /api/v1/orgs/:org/imports/members':                     ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  'POST /api/v1/orgs/:org/imports/units':                       ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  // Membership steps: like a status change (write_members on the member, never one's own).
  'POST /api/v1/orgs/:org/members/:memberId/promote':           ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/extend-probation':  ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/reject':            ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/activity':          ['AAAAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Notices: the member's own; those who may read the record see that they exist, not what they say.
  'GET /api/v1/orgs/:org/members/:memberId/notices':            ['AAAAM', 'FFMMM', 'FFMMM', 'FFMMM', 'FMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  // Two-sided transfers: the sender needs write_members on the member (the destination may be out of
  // sight; an unplaced member cannot be sent); the receiving unit alone receives or returns.
  'GET /api/v1/orgs/:org/transfers':                            ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/transfers':                           ['AARAM', 'AAMMM', 'AAMMM', 'FFMMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/transfers/:transferId/receive':       ['AAAAM', 'AAAFM', 'AAAFM', 'FFFFM', 'AFMFM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/transfers/:transferId/return':        ['AAAAM', 'AAAFM', 'AAAFM', 'FFFFM', 'AFMFM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/transfers/:transferId/cancel':        ['AAAAM', 'AAFAM', 'AAFAM', 'FFFFM', 'FAMAM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/units/:unitId/attention':              ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Disciplinary cases are confidential (targets: see src/test-support/case-fixtures.ts): the bodies
  // handling them, auditors over them and the member concerned; the rest of the cell gets 404 — the
  // plain member cannot see the section's case about their cell-mate (parent), the secretary neither.
  'GET /api/v1/orgs/:org/cases':                                ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/cases/report':                         ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/cases/:caseId':                        ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/cases/:caseId/attachments/:attachmentId': ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases':                               ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/attachments':           ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/defence':               ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/hearing':               ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/decision':              ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/withdraw':              ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (the cell's decisions are ratified by the primary committee and appealed to the body above)
  'POST /api/v1/orgs/:org/cases/:caseId/ratification':          ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/appeal':                ['AAAAM', 'FFFMM', 'FFFMM', 'FFFMM', 'FMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/cases/:caseId/appeal-decision':       ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (only the member may waive the appeal; the bodies must wait for the window to close)
  'POST /api/v1/orgs/:org/cases/:caseId/finalize':              ['RRRRM', 'RRRMM', 'RRRMM', 'FFFMM', 'RMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  // Access itself: only administrators of the unit grant and revoke.
  'POST /api/v1/orgs/:org/grants':                              ['AAAAM', 'AAAMM', 'FFFMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/grants/:grantId/end':                 ['AAAAM', 'AAAMM', 'FFFMM', 'FFFMM', 'FMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  // The cloth-cutting calculator: computation only, no data; every signed-in user, never anonymous.
  'POST /api/v1/cutting/curtains':                              ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/cutting/tablecloth':                            ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/cutting/cushion':                               ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'POST /api/v1/cutting/roman-blind':                           ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  // Meetings: members see their unit's meetings; running them needs run_meetings (staff, org admins, the unit's officer).
  'GET /api/v1/orgs/:org/meetings':                             ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings':                            ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/meetings/:meetingId':                  ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/reschedule':      ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/cancel':          ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/attendance':      ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes':         ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes/approve': ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/meetings/:meetingId/decisions':       ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/meeting-compliance':                   ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Conventions, by the unit that convenes them; someone on the roster also reads the convention they sit at
  // (the secretary of OWN sits at the one convened by SA, as a cell secretary of its subtree).
  'GET /api/v1/orgs/:org/convention-series':                    ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'MM',    'UU'   ],
  'POST /api/v1/orgs/:org/convention-series':                   ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/convention-series/:seriesId/conventions':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/conventions/:conventionId':            ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMAMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/freeze':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/conventions/:conventionId/roster':     ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/conventions/:conventionId/badges':     ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/fill':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/substitute':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions':  ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/change':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/cancel':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/check-ins': ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/addresses': ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/motions':   ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/conventions/:conventionId/proceedings':['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMAMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings/approve':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/motions/:motionId':                    ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMAMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/amendments':        ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/amendments/:amendmentId/decide':['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/open-vote':         ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (a teller records others' votes: the secretary sees SA's motion from its roster, but may not tell there)
  'POST /api/v1/orgs/:org/motions/:motionId/votes':             ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMFMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/close-vote':        ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/paper-totals':      ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (its mover or the chair: whoever sees the motion but neither moved it nor runs the convention is refused)
  'POST /api/v1/orgs/:org/motions/:motionId/withdraw':          ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMFMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/publish':           ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/motions/:motionId/send-down':         ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (a unit acknowledges a decision the central committee sent down: targets are the acknowledging units)
  'POST /api/v1/orgs/:org/motions/:motionId/acknowledge':       ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/motions/:motionId/dispatches':         ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Calendars: a feed token in the URL acts as its user, with that user's access; no token is 401.
  'POST /api/v1/auth/feed-token':                               ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'DELETE /api/v1/auth/feed-token':                             ['A',     'A',     'A',     'A',     'A',     'A',     'A',     'U'    ],
  'GET /api/v1/calendar/orgs/:org/units/:unitId':               ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/calendar/orgs/:org/me':                          ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'MM',    'UU'   ],
  // The public bulletin: published texts only, for anyone.
  'GET /bulletin/:org':                                         ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /bulletin/:org/feed.atom':                               ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /bulletin/:org/:publicId':                               ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  // Training (targets: classes live in cells, committees hold none, so "parent" is a class in LAND, a cell
  // of the next primary committee; see trainingAt in src/test-support/training-fixtures.ts). The
  // catalogue is open to the whole organization; a class and what hangs off it are checked at its unit;
  // the plain member of OWN is the enrolled student (and certificate holder) there.
  'GET /api/v1/orgs/:org/courses':                              ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'MM',    'UU'   ],
  'POST /api/v1/orgs/:org/courses':                             ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/courses/:courseId':                    ['AAAAM', 'AAAAM', 'AAAAM', 'AAAAM', 'AAAAM', 'AAAAM', 'MMMMM', 'UUUUU'],
  'PATCH /api/v1/orgs/:org/courses/:courseId':                  ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/classes':                              ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/classes':                             ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/classes/:classId':                     ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/classes/:classId/enrolments':         ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/enrolments/:enrolmentId':              ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/drop':        ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (the destination of a transfer is the next class: SIB's for OWN, OWN's for the others)
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/transfer':    ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'MMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/final-piece': ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/certificate': ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/lessons':                              ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/lessons':                             ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/classes/:classId/lessons':            ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/lessons/:lessonId':                    ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/lessons/:lessonId/reschedule':        ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/lessons/:lessonId/cancel':            ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/lessons/:lessonId/attendance':        ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // (targets: the instructor placed in the class's cell; a plain member reads no one's full record but their own)
  'GET /api/v1/orgs/:org/members/:memberId/availability':       ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'PUT /api/v1/orgs/:org/members/:memberId/availability':       ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/members/:memberId/qualifications':     ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/members/:memberId/qualifications':    ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/qualifications/:qualificationId/end':  ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'AMMMM', 'MMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/training/attention':                   ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/training/report':                      ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  // Certificates: the class's staff and officer, and the holder (targets: the certificate of each class).
  'GET /api/v1/orgs/:org/certificates/:certificateId':                 ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/certificates/:certificateId/credential':      ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/certificates/:certificateId/print':           ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/certificates/:certificateId/pdf':             ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'GET /api/v1/orgs/:org/members/:memberId/certificates':       ['AAAAM', 'AAAMM', 'AAAMM', 'AAAMM', 'AMMMM', 'AMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/certificates/:certificateId/revoke':          ['AAAAM', 'AAAMM', 'AAAMM', 'FFFMM', 'FMMMM', 'FMMMM', 'MMMMM', 'UUUUU'],
  'POST /api/v1/orgs/:org/signing-keys/rotate':                 ['AM',    'FM',    'FM',    'FM',    'FM',    'FM',    'MM',    'UU'   ],
  // Public verification: anyone with a certificate number; the keys and the issuer profile.
  'GET /api/v1/verify/:org/:number':                            ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /api/v1/verify/orgs/:org/keys':                          ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /api/v1/verify/orgs/:org/issuer':                        ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /api/v1/verify/orgs/:org/courses/:courseCode':            ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
  'GET /verify/:org/:number':                                   ['AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM',    'AM'   ],
};

/** Routes anyone may call (`config: { public: true }`); every other route needs credentials. */
const publicRoutes = [
  'GET /*',
  'GET /api/v1/health',
  'GET /api/v1/openapi.json',
  'GET /api/v1/problems',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/password-reset',
  // Calendar apps authenticate with the feed token in the URL, checked by the route itself.
  'GET /api/v1/calendar/orgs/:org/units/:unitId',
  'GET /api/v1/calendar/orgs/:org/me',
  'GET /bulletin/:org',
  'GET /bulletin/:org/feed.atom',
  'GET /bulletin/:org/:publicId',
  'GET /api/v1/verify/:org/:number',
  'GET /api/v1/verify/orgs/:org/keys',
  'GET /api/v1/verify/orgs/:org/issuer',
  'GET /api/v1/verify/orgs/:org/courses/:courseCode',
  'GET /verify/:org/:number',
];

// ---------------------------------------------------------------------------------------------
// How each route is called for a target.

type Target = 'own' | 'sibling' | 'parent' | 'other' | 'missing' | 'org' | '-';
type TargetKind = 'none' | 'org' | 'objects' | 'token';
const targetsOf: Record<TargetKind, readonly Target[]> = {
  none: ['-'],
  org: ['org', 'missing'],
  objects: ['own', 'sibling', 'parent', 'other', 'missing'],
  token: ['own', 'other', 'missing'],
};

interface Env {
  ctx: AppContext;
  w: World;
  staff: Staff;
  actor: Identity | null;
  /** Replace the route's second object (destination, new parent, appointee, grantee) by one that does not exist. */
  missingSecondary: boolean;
}
interface Spec {
  params?: Record<string, string | number>;
  query?: string;
  body?: unknown;
  csv?: string;
}
interface Call {
  targets: TargetKind;
  request: (e: Env, t: Target) => Spec | Promise<Spec>;
  /** The route names a second object, which may be the one out of the actor's sight. */
  secondary?: boolean;
  /** Authenticate with a fresh session cookie (own-account routes) rather than an API token. */
  session?: boolean;
}

const MISSING = 999_999;
const MISSING_ORG = 'no-such-org';
const LOGIN_USER = 'matrix-login';
const reason = 'authorization matrix';

type Place = 'own' | 'sibling' | 'parent' | 'other';
const at = (t: Target, of: Record<Place, number>): number => (t === 'own' || t === 'sibling' || t === 'parent' || t === 'other' ? of[t] : MISSING);
const unitAt = (w: World, t: Target): number => at(t, { own: w.unit.own, sibling: w.unit.sib, parent: w.unit.sa, other: w.unit.cellB });
const memberAt = (w: World, t: Target): number => at(t, { own: w.member.member, sibling: w.member.sib1, parent: w.member.unplaced, other: w.member.b1 });
const termAt = (w: World, t: Target): number => at(t, { own: w.term.own, sibling: w.term.sib, parent: w.term.sa, other: w.term.cellB });
const grantAt = (w: World, t: Target): number => at(t, { own: w.grant.own, sibling: w.grant.sib, parent: w.grant.sa, other: w.grant.cellB });
/** A member placed in the target unit (in OWN or SA: ownX, never the member or the secretary who act). */
const memberIn = (w: World, t: Target): number => (t === 'sibling' ? w.member.sib1 : t === 'other' ? w.member.b1 : w.member.ownX);

const none = (request: Call['request'] = () => ({})): Call => ({ targets: 'none', request });
const account = (request: Call['request'] = () => ({})): Call => ({ targets: 'none', session: true, request });
const org = (request: Call['request'] = () => ({})): Call => ({ targets: 'org', request });
const objects = (request: Call['request'], secondary = false): Call => ({ targets: 'objects', request, secondary });
const unitPath = (e: Env, t: Target): Spec => ({ params: { unitId: unitAt(e.w, t) } });
const memberPath = (e: Env, t: Target): Spec => ({ params: { memberId: memberAt(e.w, t) } });
const unitVersion = (e: Env, t: Target): Promise<number> => versionOf(e.ctx, 'units', unitAt(e.w, t));
const memberVersion = (e: Env, t: Target): Promise<number> => versionOf(e.ctx, 'members', memberAt(e.w, t));

/** A meeting of the target unit (none for "missing"), with draft minutes when asked. */
const meetingIn = async (e: Env, t: Target, draftMinutes = false): Promise<number> => (t === 'missing' ? MISSING : (await meetingAt(e.ctx, e.w.slug, unitAt(e.w, t), { draftMinutes })).id);
/** A convention convened by the target unit, brought to `stage`; a spare member placed in a cell of it. */
const conventionIn = async (e: Env, t: Target, stage: ConventionStage, delegates = false): Promise<ConventionFixture | undefined> =>
  t === 'missing' ? undefined : conventionAt(e.ctx, e.w.slug, unitAt(e.w, t), stage, { delegates, seatMemberUnit: t === 'parent' ? e.w.unit.own : unitAt(e.w, t) });
/** The calendar token of the acting user, in the query string (none for anonymous). */
const feedQuery = async (e: Env): Promise<string> => (e.actor ? `token=${(await issueFeedToken(actingAs(e.ctx, { kind: 'user', userId: e.actor.userId, username: 'matrix' }))).token}` : '');
const published = new Map<string, string>();
/** The citable id of a text the world's central committee published (made once per world). */
const publishedIn = async (e: Env): Promise<string> => {
  const key = `${e.ctx.database.dialect}:${e.w.slug}`;
  let id = published.get(key);
  if (!id) {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.cc, 'published', { seatMemberUnit: e.w.unit.own });
    id = (await e.ctx.database.db.selectFrom('motions').select('public_id').where('id', '=', f.motionId).executeTakeFirstOrThrow()).public_id ?? '';
    published.set(key, id);
  }
  return id;
};
let orgSeq = 0;
/** Classes live in cells (committees hold none): the parent target of a training object is a class in LAND. */
const classUnitAt = (w: World, t: Target): number => at(t, { own: w.unit.own, sibling: w.unit.sib, parent: w.unit.land, other: w.unit.cellB });
/** Training objects at the target's cell, built up to `stage`; in OWN the plain member is the enrolled student. */
const trainingIn = async (e: Env, t: Target, stage: TrainingStage): Promise<TrainingFixture | undefined> =>
  t === 'missing' ? undefined : trainingAt(e.ctx, e.w.slug, classUnitAt(e.w, t), stage, t === 'own' ? { student: e.w.member.member } : {});
/** The next class (SIB's for OWN, OWN's for the others): where a transfer goes. */
const nextClassIn = async (e: Env, t: Target): Promise<number> =>
  e.missingSecondary ? MISSING : (await trainingAt(e.ctx, e.w.slug, t === 'own' ? e.w.unit.sib : e.w.unit.own, 'class', t === 'own' ? {} : { student: e.w.member.member })).classId;
const certificateOf = async (e: Env, t: Target): Promise<number> => (await trainingIn(e, t, 'certified'))?.certificateId ?? MISSING;
const ownCertificate = async (e: Env): Promise<Spec> => ({ params: { number: (await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'certified', { student: e.w.member.member })).certificateNumber } });
let courseSeq = 0;
const casePath = async (e: Env, t: Target, stage: CaseStage): Promise<Spec> => ({ params: { caseId: t === 'missing' ? MISSING : (await caseAt(e.ctx, e.w, t as CasePlace, stage)).caseId } });

const calls: Record<string, Call> = {
  'GET /*': none(),
  'GET /api/v1/health': none(),
  'GET /api/v1/openapi.json': none(),
  'GET /api/v1/problems': none(),
  'POST /api/v1/auth/login': none(() => ({ body: { username: LOGIN_USER, password: TEST_PASSWORD } })),
  'POST /api/v1/auth/password-reset': none(async (e) => ({ body: { token: (await issuePasswordReset(e.ctx, LOGIN_USER)).token, password: TEST_PASSWORD } })),

  'GET /api/v1/auth/me': account(),
  'POST /api/v1/auth/logout': account(),
  'POST /api/v1/auth/logout-everywhere': account(),
  'GET /api/v1/auth/tokens': account(),
  'POST /api/v1/auth/tokens': account(() => ({ body: { label: 'matrix', scope: 'read', expiresInDays: 1 } })),
  'DELETE /api/v1/auth/tokens/:tokenId': {
    targets: 'token',
    session: true,
    request: async (e, t) => ({
      params: { tokenId: t === 'missing' ? MISSING : (await apiTokenOf(e.ctx, t === 'own' && e.actor ? e.actor.userId : e.staff.grantee.userId)).id },
    }),
  },

  'GET /api/v1/orgs': none(),
  'POST /api/v1/orgs': none(() => ({ body: { slug: `new-org-${++orgSeq}`, template: 'party' } })),
  'GET /api/v1/orgs/:org': org(),

  'GET /api/v1/orgs/:org/units': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/units/:unitId': objects(unitPath),
  'GET /api/v1/orgs/:org/units/:unitId/counts': objects(unitPath),
  'GET /api/v1/orgs/:org/units/:unitId/members': objects(unitPath),
  'GET /api/v1/orgs/:org/units/:unitId/history': objects(unitPath),
  'GET /api/v1/orgs/:org/units/:unitId/audit': objects(unitPath),
  'POST /api/v1/orgs/:org/units': objects((e, t) => ({ body: { name: 'New cell', kind: 'cell', parentId: unitAt(e.w, t), reason } })),
  'POST /api/v1/orgs/:org/units/:unitId/rename': objects(async (e, t) => ({ ...unitPath(e, t), body: { name: 'Renamed', reason, version: await unitVersion(e, t) } })),
  'POST /api/v1/orgs/:org/units/:unitId/move': objects(
    async (e, t) => ({ ...unitPath(e, t), body: { parentId: e.missingSecondary ? MISSING : e.w.unit.pra2, reason, version: await unitVersion(e, t) } }),
    true,
  ),
  'POST /api/v1/orgs/:org/units/:unitId/dissolve': objects(async (e, t) => ({ ...unitPath(e, t), body: { reason, version: await unitVersion(e, t) } })),
  'POST /api/v1/orgs/:org/units/:unitId/split': objects(async (e, t) => ({
    ...unitPath(e, t),
    body: { memberIds: [memberIn(e.w, t)], newName: 'Split cell', reason, version: await unitVersion(e, t) },
  })),
  'POST /api/v1/orgs/:org/units/:unitId/merge': objects(
    async (e, t) => ({ ...unitPath(e, t), body: { targetId: e.missingSecondary ? MISSING : e.w.unit.land, reason, version: await unitVersion(e, t) } }),
    true,
  ),
  'POST /api/v1/orgs/:org/units/:unitId/offices': objects(
    (e, t) => ({ ...unitPath(e, t), body: { office: 'secretary', memberId: e.missingSecondary ? MISSING : memberIn(e.w, t), startOn: '2035-01-01' } }),
    true,
  ),
  'POST /api/v1/orgs/:org/office-terms/:termId/end': objects(async (e, t) => ({
    params: { termId: termAt(e.w, t) },
    body: { reason, version: await versionOf(e.ctx, 'office_terms', termAt(e.w, t)) },
  })),

  'GET /api/v1/orgs/:org/members': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/members/:memberId': objects(memberPath),
  'GET /api/v1/orgs/:org/members/:memberId/audit': objects(memberPath),
  'GET /api/v1/orgs/:org/members/:memberId/data': objects(memberPath),
  'POST /api/v1/orgs/:org/members': objects((e, t) => ({ body: { familyName: 'Matrix', givenName: 'Admitted', unitId: t === 'parent' ? null : unitAt(e.w, t) } })),
  'PATCH /api/v1/orgs/:org/members/:memberId': objects(async (e, t) => ({ ...memberPath(e, t), body: { email: 'corrected@example.org', version: await memberVersion(e, t) } })),
  'POST /api/v1/orgs/:org/members/:memberId/status': objects(async (e, t) => ({ ...memberPath(e, t), body: { status: 'suspended', reason, version: await memberVersion(e, t) } })),
  'POST /api/v1/orgs/:org/members/:memberId/transfer': objects(
    async (e, t) => ({ ...memberPath(e, t), body: { unitId: e.missingSecondary ? MISSING : e.w.unit.land, reason, version: await memberVersion(e, t) } }),
    true,
  ),
  'POST /api/v1/orgs/:org/members/:memberId/erase': objects((e, t) => ({ ...memberPath(e, t), body: { reason } })),

  'GET /api/v1/orgs/:org/violations': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/reports/overview': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/exports/members.csv': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/exports/units.csv': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/counters/verify': org(),
  'GET /api/v1/orgs/:org/audit/verify': org(),
  'GET /api/v1/orgs/:org/audit/head': org(),
  'POST /api/v1/orgs/:org/imports/members': org(() => ({ csv: 'family_name,given_name\r\nMatrix,Imported\r\n' })),
  'POST /api/v1/orgs/:org/imports/units': org(() => ({ csv: 'code,name,kind,parent_code\r\nIMPORTED,Imported cell,cell,SA\r\n' })),

  // (anonymous callers share the read world: leave its people as they are)
  'POST /api/v1/orgs/:org/members/:memberId/promote': objects(async (e, t) => {
    if (t !== 'missing' && e.actor) await setStatus(e.ctx, memberAt(e.w, t), 'applicant');
    return { ...memberPath(e, t), body: { reason, meetingRef: 'matrix-meeting' } };
  }),
  'POST /api/v1/orgs/:org/members/:memberId/extend-probation': objects(async (e, t) => {
    if (t !== 'missing' && e.actor) await setStatus(e.ctx, memberAt(e.w, t), 'candidate');
    return { ...memberPath(e, t), body: { months: 3, reason } };
  }),
  'POST /api/v1/orgs/:org/members/:memberId/reject': objects(async (e, t) => {
    if (t !== 'missing' && e.actor) await setStatus(e.ctx, memberAt(e.w, t), 'applicant');
    return { ...memberPath(e, t), body: { reason } };
  }),
  'POST /api/v1/orgs/:org/members/:memberId/activity': objects((e, t) => ({ ...memberPath(e, t), body: { kind: 'dues' } })),
  'GET /api/v1/orgs/:org/members/:memberId/notices': objects(memberPath),
  'GET /api/v1/orgs/:org/transfers': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'POST /api/v1/orgs/:org/transfers': objects((e, t) => ({ body: { memberId: memberAt(e.w, t), toUnitId: e.w.unit.land, reason } })),
  'POST /api/v1/orgs/:org/transfers/:transferId/receive': objects(async (e, t) => ({ params: { transferId: t === 'missing' ? MISSING : await transferAt(e.ctx, e.w, t as CasePlace) }, body: {} })),
  'POST /api/v1/orgs/:org/transfers/:transferId/return': objects(async (e, t) => ({ params: { transferId: t === 'missing' ? MISSING : await transferAt(e.ctx, e.w, t as CasePlace) }, body: { reason } })),
  'POST /api/v1/orgs/:org/transfers/:transferId/cancel': objects(async (e, t) => ({ params: { transferId: t === 'missing' ? MISSING : await transferAt(e.ctx, e.w, t as CasePlace) }, body: { reason } })),
  'GET /api/v1/orgs/:org/units/:unitId/attention': objects(unitPath),
  'GET /api/v1/orgs/:org/cases': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/cases/report': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/cases/:caseId': objects(async (e, t) => casePath(e, t, 'open')),
  'GET /api/v1/orgs/:org/cases/:caseId/attachments/:attachmentId': objects(async (e, t) => {
    const c = t === 'missing' ? { caseId: MISSING, attachmentId: MISSING } : await caseAt(e.ctx, e.w, t as CasePlace, 'evidence');
    return { params: { caseId: c.caseId, attachmentId: c.attachmentId ?? MISSING } };
  }),
  'POST /api/v1/orgs/:org/cases': objects((e, t) => ({ body: { memberId: e.missingSecondary ? MISSING : memberIn(e.w, t), unitId: unitAt(e.w, t), charges: 'Charges from the authorization matrix.' } }), true),
  'POST /api/v1/orgs/:org/cases/:caseId/attachments': objects(async (e, t) => ({ ...(await casePath(e, t, 'open')), body: { filename: 'note.txt', contentType: 'text/plain', contentBase64: Buffer.from('evidence').toString('base64') } })),
  'POST /api/v1/orgs/:org/cases/:caseId/defence': objects(async (e, t) => ({ ...(await casePath(e, t, 'open')), body: { defence: 'Not guilty.' } })),
  'POST /api/v1/orgs/:org/cases/:caseId/hearing': objects(async (e, t) => ({ ...(await casePath(e, t, 'open')), body: { on: '2026-12-01', meetingRef: 'matrix-meeting' } })),
  'POST /api/v1/orgs/:org/cases/:caseId/decision': objects(async (e, t) => ({
    ...(await casePath(e, t, 'heard')),
    body: { penalty: 'warning', vote: { entitled: 5, present: 4, for: 3, against: 1, abstain: 0 }, reason },
  })),
  'POST /api/v1/orgs/:org/cases/:caseId/withdraw': objects(async (e, t) => ({ ...(await casePath(e, t, 'open')), body: { reason } })),
  'POST /api/v1/orgs/:org/cases/:caseId/ratification': objects(async (e, t) => ({ ...(await casePath(e, t, 'pending')), body: { outcome: 'ratify', reason } })),
  'POST /api/v1/orgs/:org/cases/:caseId/appeal': objects(async (e, t) => ({ ...(await casePath(e, t, 'window')), body: { grounds: 'Unfair.' } })),
  'POST /api/v1/orgs/:org/cases/:caseId/appeal-decision': objects(async (e, t) => ({ ...(await casePath(e, t, 'appealed')), body: { outcome: 'uphold', reason } })),
  'POST /api/v1/orgs/:org/cases/:caseId/finalize': objects(async (e, t) => ({ ...(await casePath(e, t, 'window')), body: {} })),

  'POST /api/v1/orgs/:org/grants': objects((e, t) => ({ body: { userId: e.missingSecondary ? MISSING : e.staff.grantee.userId, unitId: unitAt(e.w, t), role: 'staff', reason } }), true),
  'POST /api/v1/orgs/:org/grants/:grantId/end': objects((e, t) => ({ params: { grantId: grantAt(e.w, t) }, body: { reason } })),

  'POST /api/v1/cutting/curtains': none(() => ({ body: { trackWidth: 200, fullness: 2, fabricWidth: 140, finishedLength: 240 } })),
  'POST /api/v1/cutting/tablecloth': none(() => ({ body: { shape: 'round', tableDiameter: 90, drop: 25, fabricWidth: 140 } })),
  'POST /api/v1/cutting/cushion': none(() => ({ body: { width: 45, height: 45, overlap: 10, fabricWidth: 140 } })),
  'POST /api/v1/cutting/roman-blind': none(() => ({ body: { width: 90, length: 120, fabricWidth: 140 } })),
  'GET /api/v1/orgs/:org/meetings': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'POST /api/v1/orgs/:org/meetings': objects((e, t) => ({ body: { unitId: unitAt(e.w, t), kind: 'general', title: 'Matrix meeting', start: '2026-12-01T19:00', end: '2026-12-01T20:00', timeZone: 'Asia/Seoul', place: 'Hall' } })),
  'GET /api/v1/orgs/:org/meetings/:meetingId': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/reschedule': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) }, body: { place: 'Library', version: 1 } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/cancel': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) }, body: { reason, version: 1 } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/attendance': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) }, body: { entries: [{ memberId: memberIn(e.w, t), status: 'present' }] } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) }, body: { text: 'Minutes' } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes/approve': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t, true) }, body: { version: 1 } })),
  'POST /api/v1/orgs/:org/meetings/:meetingId/decisions': objects(async (e, t) => ({ params: { meetingId: await meetingIn(e, t) }, body: { text: 'Decided', votesFor: 0, votesAgainst: 0, abstentions: 0 } })),
  'GET /api/v1/orgs/:org/meeting-compliance': objects((e, t) => ({ query: `within=${unitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/convention-series': org(),
  'POST /api/v1/orgs/:org/convention-series': objects((e, t) => ({ body: { unitId: unitAt(e.w, t), name: { en: 'Series', ko: '대회' } } })),
  'POST /api/v1/orgs/:org/convention-series/:seriesId/conventions': objects(async (e, t) => ({ params: { seriesId: (await conventionIn(e, t, 'series'))?.seriesId ?? MISSING }, body: { startsOn: '2027-01-10', endsOn: '2027-01-10', timeZone: 'Asia/Seoul' } })),
  'GET /api/v1/orgs/:org/conventions/:conventionId': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/freeze': objects(async (e, t) => ({
    params: { conventionId: (await conventionIn(e, t, 'planned'))?.conventionId ?? MISSING },
    body: { rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: '2026-11-29', version: 1 },
  })),
  'GET /api/v1/orgs/:org/conventions/:conventionId/roster': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING } })),
  'GET /api/v1/orgs/:org/conventions/:conventionId/badges': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/fill': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'frozen', true);
    return { params: { conventionId: f?.conventionId ?? MISSING, rosterId: f?.seatId ?? MISSING }, body: { memberId: f?.spareMemberId ?? MISSING, version: 1 } };
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/substitute': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'frozen');
    return { params: { conventionId: f?.conventionId ?? MISSING, rosterId: f?.rosterId ?? MISSING }, body: { memberId: f?.spareMemberId ?? MISSING, reason, version: 1 } };
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING }, body: { title: 'Second day', start: '2026-12-11T09:00', end: '2026-12-11T12:00' } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/change': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'frozen');
    return { params: { conventionId: f?.conventionId ?? MISSING, sessionId: f?.sessionId ?? MISSING }, body: { title: 'Plenary, moved', start: '2026-12-10T10:00', end: '2026-12-10T13:00', version: 1 } };
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/cancel': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'frozen');
    return { params: { conventionId: f?.conventionId ?? MISSING, sessionId: f?.sessionId ?? MISSING }, body: { reason, version: 1 } };
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/check-ins': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'frozen');
    return { params: { conventionId: f?.conventionId ?? MISSING }, body: { sessionId: f?.sessionId ?? MISSING, rosterId: f?.rosterId ?? MISSING } };
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/addresses': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING }, body: { kind: 'opening', speakerName: 'The chair', title: 'Opening', text: 'Welcome.' } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/motions': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'frozen'))?.conventionId ?? MISSING }, body: { kind: 'motion', title: 'Motion', text: 'Text' } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'adopted'))?.conventionId ?? MISSING }, body: {} })),
  'GET /api/v1/orgs/:org/conventions/:conventionId/proceedings': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'proceedings'))?.conventionId ?? MISSING } })),
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings/approve': objects(async (e, t) => ({ params: { conventionId: (await conventionIn(e, t, 'proceedings'))?.conventionId ?? MISSING }, body: { version: 1 } })),
  'GET /api/v1/orgs/:org/motions/:motionId': objects(async (e, t) => ({ params: { motionId: (await conventionIn(e, t, 'draft'))?.motionId ?? MISSING } })),
  'POST /api/v1/orgs/:org/motions/:motionId/amendments': objects(async (e, t) => ({ params: { motionId: (await conventionIn(e, t, 'draft'))?.motionId ?? MISSING }, body: { text: 'Amended text' } })),
  'POST /api/v1/orgs/:org/motions/:motionId/amendments/:amendmentId/decide': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'amended');
    return { params: { motionId: f?.motionId ?? MISSING, amendmentId: f?.amendmentId ?? MISSING }, body: { accept: true, version: f?.motionVersion ?? 1 } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/open-vote': objects(async (e, t) => ({ params: { motionId: (await conventionIn(e, t, 'draft'))?.motionId ?? MISSING }, body: { ballot: 'secret', version: 1 } })),
  'POST /api/v1/orgs/:org/motions/:motionId/votes': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'voting');
    return { params: { motionId: f?.motionId ?? MISSING }, body: { choice: 'for', rosterId: f?.rosterId ?? MISSING } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/close-vote': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'voting');
    return { params: { motionId: f?.motionId ?? MISSING }, body: { version: f?.motionVersion ?? 1 } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/paper-totals': objects(async (e, t) => {
    const f = t === 'missing' ? undefined : await conventionAt(e.ctx, e.w.slug, unitAt(e.w, t), 'voting', { paper: true, seatMemberUnit: t === 'parent' ? e.w.unit.own : unitAt(e.w, t) });
    return { params: { motionId: f?.motionId ?? MISSING }, body: { for: 1, against: 0, abstain: 0, spoilt: 0 } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/withdraw': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'draft');
    return { params: { motionId: f?.motionId ?? MISSING }, body: { reason, version: f?.motionVersion ?? 1 } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/publish': objects(async (e, t) => {
    const f = await conventionIn(e, t, 'adopted');
    return { params: { motionId: f?.motionId ?? MISSING }, body: { version: f?.motionVersion ?? 1 } };
  }),
  'POST /api/v1/orgs/:org/motions/:motionId/send-down': objects(async (e, t) => ({ params: { motionId: (await conventionIn(e, t, 'adopted'))?.motionId ?? MISSING }, body: {} })),
  'POST /api/v1/orgs/:org/motions/:motionId/acknowledge': objects(async (e, t) => ({ params: { motionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.cc, 'sent', { seatMemberUnit: e.w.unit.own })).motionId }, body: { unitId: unitAt(e.w, t) } })),
  'GET /api/v1/orgs/:org/motions/:motionId/dispatches': objects(async (e, t) => ({ params: { motionId: (await conventionIn(e, t, 'sent'))?.motionId ?? MISSING } })),
  'POST /api/v1/auth/feed-token': account(),
  'DELETE /api/v1/auth/feed-token': account(),
  'GET /api/v1/calendar/orgs/:org/units/:unitId': objects(async (e, t) => ({ params: { unitId: unitAt(e.w, t) }, query: await feedQuery(e) })),
  'GET /api/v1/calendar/orgs/:org/me': org(async (e) => ({ query: await feedQuery(e) })),
  'GET /bulletin/:org': org(),
  'GET /bulletin/:org/feed.atom': org(),
  'GET /bulletin/:org/:publicId': org(async (e) => ({ params: { publicId: await publishedIn(e) } })),
  'GET /api/v1/orgs/:org/courses': org(),
  'POST /api/v1/orgs/:org/courses': objects((e, t) => ({ body: { unitId: classUnitAt(e.w, t), code: `MX${++courseSeq}`, title: 'Matrix course', area: 'political_study', level: 'beginner', fee: 0, lessons: 4 } })),
  'GET /api/v1/orgs/:org/courses/:courseId': objects(async (e, t) => ({ params: { courseId: (await trainingIn(e, t, 'course'))?.courseId ?? MISSING } })),
  'PATCH /api/v1/orgs/:org/courses/:courseId': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'course');
    return { params: { courseId: f?.courseId ?? MISSING }, body: { title: 'Renamed course', version: f ? await rowVersion(e.ctx, 'courses', f.courseId) : 1 } };
  }),
  'GET /api/v1/orgs/:org/classes': objects((e, t) => ({ query: `within=${classUnitAt(e.w, t)}` })),
  'POST /api/v1/orgs/:org/classes': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'course');
    return { body: { unitId: classUnitAt(e.w, t), courseId: f?.courseId ?? MISSING, instructorId: f?.instructorId ?? MISSING, schedule: 'Sat 10:00', room: 'Matrix room', capacity: 5, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' } };
  }),
  'GET /api/v1/orgs/:org/classes/:classId': objects(async (e, t) => ({ params: { classId: (await trainingIn(e, t, 'class'))?.classId ?? MISSING } })),
  'POST /api/v1/orgs/:org/classes/:classId/enrolments': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { classId: f?.classId ?? MISSING }, body: { memberId: f?.spareStudentId ?? MISSING } };
  }),
  'GET /api/v1/orgs/:org/enrolments/:enrolmentId': objects(async (e, t) => ({ params: { enrolmentId: (await trainingIn(e, t, 'class'))?.enrolmentId ?? MISSING } })),
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/drop': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { enrolmentId: f?.enrolmentId ?? MISSING }, body: { reason, version: f ? await rowVersion(e.ctx, 'enrolments', f.enrolmentId) : 1 } };
  }),
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/transfer': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { enrolmentId: f?.enrolmentId ?? MISSING }, body: { toClassId: await nextClassIn(e, t), reason, version: f ? await rowVersion(e.ctx, 'enrolments', f.enrolmentId) : 1 } };
  }, true),
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/final-piece': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { enrolmentId: f?.enrolmentId ?? MISSING }, body: { result: 'passed', version: f ? await rowVersion(e.ctx, 'enrolments', f.enrolmentId) : 1 } };
  }),
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/certificate': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { enrolmentId: f?.enrolmentId ?? MISSING }, body: { consent: { showName: false, showCourse: true, showIssuedOn: true }, version: f ? await rowVersion(e.ctx, 'enrolments', f.enrolmentId) : 1 } };
  }),
  'GET /api/v1/orgs/:org/lessons': objects((e, t) => ({ query: `within=${classUnitAt(e.w, t)}` })),
  'POST /api/v1/orgs/:org/lessons': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'course');
    return { body: { unitId: classUnitAt(e.w, t), instructorId: f?.instructorId ?? MISSING, studentId: f?.spareStudentId ?? MISSING, start: '2026-12-06T14:00', end: '2026-12-06T15:00', timeZone: 'Asia/Seoul' } };
  }),
  'POST /api/v1/orgs/:org/classes/:classId/lessons': objects(async (e, t) => ({ params: { classId: (await trainingIn(e, t, 'class'))?.classId ?? MISSING }, body: { start: '2026-12-12T10:00', end: '2026-12-12T12:00' } })),
  'GET /api/v1/orgs/:org/lessons/:lessonId': objects(async (e, t) => ({ params: { lessonId: (await trainingIn(e, t, 'class'))?.lessonId ?? MISSING } })),
  'POST /api/v1/orgs/:org/lessons/:lessonId/reschedule': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { lessonId: f?.lessonId ?? MISSING }, body: { start: '2026-12-05T13:00', end: '2026-12-05T15:00', version: f ? await rowVersion(e.ctx, 'lessons', f.lessonId) : 1 } };
  }),
  'POST /api/v1/orgs/:org/lessons/:lessonId/cancel': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { lessonId: f?.lessonId ?? MISSING }, body: { reason, version: f ? await rowVersion(e.ctx, 'lessons', f.lessonId) : 1 } };
  }),
  'POST /api/v1/orgs/:org/lessons/:lessonId/attendance': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'class');
    return { params: { lessonId: f?.lessonId ?? MISSING }, body: { entries: [{ memberId: f?.studentId ?? MISSING, status: 'excused' }] } };
  }),
  'GET /api/v1/orgs/:org/members/:memberId/availability': objects(async (e, t) => ({ params: { memberId: (await trainingIn(e, t, 'course'))?.instructorId ?? MISSING } })),
  'PUT /api/v1/orgs/:org/members/:memberId/availability': objects(async (e, t) => ({ params: { memberId: (await trainingIn(e, t, 'course'))?.instructorId ?? MISSING }, body: { timeZone: 'Asia/Seoul', slots: [{ weekday: 1, start: '09:00', end: '12:00' }] } })),
  'GET /api/v1/orgs/:org/members/:memberId/qualifications': objects(async (e, t) => ({ params: { memberId: (await trainingIn(e, t, 'course'))?.instructorId ?? MISSING } })),
  'POST /api/v1/orgs/:org/members/:memberId/qualifications': objects(async (e, t) => ({
    params: { memberId: (await trainingIn(e, t, 'course'))?.instructorId ?? MISSING },
    body: { area: 'organizational_work', kind: 'licence', title: 'Organizer licence', issuer: 'Fictional Board', issuedOn: '2026-01-01', expiresOn: '2028-12-31' },
  })),
  'POST /api/v1/orgs/:org/qualifications/:qualificationId/end': objects(async (e, t) => {
    const f = await trainingIn(e, t, 'course');
    return { params: { qualificationId: f?.qualificationId ?? MISSING }, body: { reason, version: f ? await rowVersion(e.ctx, 'qualifications', f.qualificationId) : 1 } };
  }),
  'GET /api/v1/orgs/:org/training/attention': objects((e, t) => ({ query: `within=${classUnitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/training/report': objects((e, t) => ({ query: `year=2026&within=${classUnitAt(e.w, t)}` })),
  'GET /api/v1/orgs/:org/certificates/:certificateId': objects(async (e, t) => ({ params: { certificateId: await certificateOf(e, t) } })),
  'GET /api/v1/orgs/:org/certificates/:certificateId/credential': objects(async (e, t) => ({ params: { certificateId: await certificateOf(e, t) } })),
  'GET /api/v1/orgs/:org/certificates/:certificateId/print': objects(async (e, t) => ({ params: { certificateId: await certificateOf(e, t) } })),
  'GET /api/v1/orgs/:org/certificates/:certificateId/pdf': objects(async (e, t) => ({ params: { certificateId: await certificateOf(e, t) } })),
  'GET /api/v1/orgs/:org/members/:memberId/certificates': objects(async (e, t) => ({ params: { memberId: (await trainingIn(e, t, 'certified'))?.studentId ?? MISSING } })),
  'POST /api/v1/orgs/:org/certificates/:certificateId/revoke': objects(async (e, t) => {
    const certificateId = await certificateOf(e, t);
    return { params: { certificateId }, body: { reason, version: await rowVersion(e.ctx, 'certificates', certificateId) } };
  }),
  'POST /api/v1/orgs/:org/signing-keys/rotate': org(() => ({ body: { reason } })),
  'GET /api/v1/verify/:org/:number': org(ownCertificate),
  'GET /api/v1/verify/orgs/:org/keys': org(),
  'GET /api/v1/verify/orgs/:org/issuer': org(),
  'GET /api/v1/verify/orgs/:org/courses/:courseCode': org(async (e) => ({ params: { courseCode: (await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course')).courseCode } })),
  'GET /verify/:org/:number': org(ownCertificate),
};

// ---------------------------------------------------------------------------------------------

const SITE = 'http://localhost';

/** "METHOD /url" of every route the router holds (HEAD routes mirror their GET and are left out). */
function routeKeys(routes: readonly RouteOptions[]): { all: string[]; public: string[] } {
  const keys = (r: RouteOptions): string[] => [r.method].flat().filter((m) => m !== 'HEAD').map((m) => `${m} ${r.url}`);
  return {
    all: [...new Set(routes.flatMap(keys))].sort(),
    public: [...new Set(routes.filter((r) => (r.config as { public?: boolean } | undefined)?.public === true).flatMap(keys))].sort(),
  };
}

function outcomeOf(r: LightMyRequestResponse): Outcome | 'other' {
  const code = r.headers['content-type']?.toString().includes('json') && r.statusCode >= 400 ? r.json<{ code?: string }>().code : undefined;
  if (r.statusCode >= 200 && r.statusCode < 300) return 'A';
  if (r.statusCode === 401 && code === 'unauthorized') return 'U';
  if (r.statusCode === 403 && code === 'forbidden') return 'F';
  if (r.statusCode === 404 && code === 'not_found') return 'M';
  if (r.statusCode === 409 || r.statusCode === 422) return 'R';
  return 'other';
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`authorization matrix on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let staff: Staff;
    let readWorld: World;
    let worlds = 0;
    const routes: RouteOptions[] = [];

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx, { onRoute: (r) => void routes.push(r) });
      await app.ready();
      staff = await buildStaff(ctx);
      readWorld = await buildWorld(ctx, staff, 'reads');
      await buildAccount(ctx, { username: LOGIN_USER });
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('has an entry for every route of the router, and lists exactly the public ones', () => {
      const router = routeKeys(routes);
      expect(router.all.length).toBeGreaterThan(40);
      expect(router.all.filter((k) => !(k in expected)), 'routes without a matrix entry: decide who may call them').toEqual([]);
      expect(Object.keys(expected).filter((k) => !router.all.includes(k)), 'matrix entries for routes that no longer exist').toEqual([]);
      expect(Object.keys(calls).sort()).toEqual(Object.keys(expected).sort());
      expect(router.public, 'routes marked public').toEqual([...publicRoutes].sort());
      for (const [key, row] of Object.entries(expected)) {
        const call = calls[key];
        for (const cell of row) expect(cell, key).toMatch(new RegExp(`^[ARMFU]{${call ? targetsOf[call.targets].length : 0}}$`));
      }
    });

    it('gives every role exactly the access its row states', { timeout: 600_000 }, async () => {
      const problems: string[] = [];
      let cases = 0;
      let unexpectedAllows = 0;
      let unexpectedDenies = 0;

      const send = async (key: string, call: Call, role: MatrixRole, w: World, target: Target, missingSecondary = false): Promise<LightMyRequestResponse> => {
        const actor = w.as[role];
        const spec = await call.request({ ctx, w, staff, actor, missingSecondary }, target);
        const [method, path] = key.split(' ') as [string, string];
        const params: Record<string, string | number> = { org: call.targets === 'org' && target === 'missing' ? MISSING_ORG : w.slug, ...spec.params };
        const url = path.replace(/:(\w+)/g, (_, name: string) => String(params[name])) + (spec.query ? `?${spec.query}` : '');
        const headers: Record<string, string> = {};
        if (actor && call.session) Object.assign(headers, { cookie: `cellbook_session=${await openSession(ctx, actor.userId)}`, origin: SITE });
        else if (actor) headers.authorization = `Bearer ${actor.token}`;
        if (spec.csv !== undefined) headers['content-type'] = 'text/csv';
        const payload = spec.csv ?? (spec.body === undefined ? undefined : JSON.stringify(spec.body));
        if (spec.body !== undefined) headers['content-type'] = 'application/json';
        return app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload }) });
      };
      // Ids, slugs and numbers aside, a denial must read exactly like the answer about a missing object.
      const template = (r: LightMyRequestResponse, w: World): string => r.body.replaceAll(w.slug, '{org}').replaceAll(MISSING_ORG, '{org}').replace(/\d+/g, '#');

      for (const [key, call] of Object.entries(calls)) {
        const row = expected[key];
        if (!row) continue;
        const writesOrg = !key.startsWith('GET ') && key.includes(':org');
        for (const [i, role] of matrixRoles.entries()) {
          // A write route gets a fresh organization for each role, so one role's changes never decide another's case.
          const w = writesOrg && role !== 'anonymous' ? await buildWorld(ctx, staff, `w${++worlds}`) : readWorld;
          const targets = targetsOf[call.targets];
          const expectations = row[i] ?? '';
          // What "missing" looks like to this role, asked before anything may have changed.
          const references: string[] = [];
          if (call.secondary) references.push(template(await send(key, call, role, w, 'own', true), w));
          const order = [...targets.entries()].sort(([, a], [, b]) => Number(b === 'missing') - Number(a === 'missing'));
          for (const [j, target] of order) {
            const want = expectations[j] as Outcome;
            const r = await send(key, call, role, w, target);
            const got = outcomeOf(r);
            cases++;
            if (target === 'missing' && got === 'M') references.push(template(r, w));
            const deny = (o: string): boolean => o === 'M' || o === 'F' || o === 'U';
            const line = `${key} as ${role} on ${target}: expected ${want}, got ${got} (${r.statusCode} ${r.body.slice(0, 200)})`;
            if (got === want) {
              if (want === 'M' && !references.includes(template(r, w))) problems.push(`${line}: the body differs from a missing object's: ${references.join(' | ')}`);
            } else if (deny(want) && (got === 'A' || got === 'R')) {
              unexpectedAllows++;
              problems.push(`UNEXPECTED ALLOW ${line}`);
            } else if ((want === 'A' || want === 'R') && deny(got)) {
              unexpectedDenies++;
              problems.push(`UNEXPECTED DENY ${line}`);
            } else {
              problems.push(line);
            }
          }
        }
      }
      console.log(`authorization matrix (${dialect}): ${cases} cases, unexpected allows ${unexpectedAllows}, unexpected denies ${unexpectedDenies}, other mismatches ${problems.length - unexpectedAllows - unexpectedDenies}`);
      expect(problems).toEqual([]);
      expect(cases).toBeGreaterThan(1000);
    });
  });
}
