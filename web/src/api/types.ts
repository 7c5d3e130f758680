import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : paths[P][M] extends { responses: { 201: infer R } } ? Json<R> : never;

export type Org = Ok<'/api/v1/orgs/{org}', 'get'>;
export type UnitListItem = Ok<'/api/v1/orgs/{org}/units', 'get'>['items'][number];
export type UnitDetail = Ok<'/api/v1/orgs/{org}/units/{unitId}', 'get'>;
export type UnitEvent = Ok<'/api/v1/orgs/{org}/units/{unitId}/history', 'get'>['items'][number];
export type Member = Ok<'/api/v1/orgs/{org}/members', 'get'>['items'][number];
export type MemberDetail = Ok<'/api/v1/orgs/{org}/members/{memberId}', 'get'>;
export type MemberStatus = MemberDetail['nextStatuses'][number];
export type ViolationReport = Ok<'/api/v1/orgs/{org}/violations', 'get'>;
export type Violation = ViolationReport['violations'][number];
export type Overview = Ok<'/api/v1/orgs/{org}/reports/overview', 'get'>;
export type Me = Ok<'/api/v1/auth/me', 'get'>;
export type SplitResult = Ok<'/api/v1/orgs/{org}/units/{unitId}/split', 'post'>;
export type ImportReport = Ok<'/api/v1/orgs/{org}/imports/members', 'post'>;
export type CaseView = Ok<'/api/v1/orgs/{org}/cases', 'get'>['items'][number];
export type CaseDetail = Ok<'/api/v1/orgs/{org}/cases/{caseId}', 'get'>;
export type CaseAction = CaseDetail['nextActions'][number];
export type CaseStep = CaseDetail['timeline'][number];
export type CaseReport = Ok<'/api/v1/orgs/{org}/cases/report', 'get'>;
export type Transfer = Ok<'/api/v1/orgs/{org}/transfers', 'get'>['items'][number];
export type AttentionItem = Ok<'/api/v1/orgs/{org}/units/{unitId}/attention', 'get'>['items'][number];
export type Notice = Ok<'/api/v1/orgs/{org}/members/{memberId}/notices', 'get'>['items'][number];
export type DisciplineRules = Org['rulebook']['discipline'];
export type Penalty = DisciplineRules['penalties'][number];
export type CaseState = NonNullable<NonNullable<paths['/api/v1/orgs/{org}/cases']['get']['parameters']['query']>['state']>;
