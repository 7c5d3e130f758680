/**
 * Open Badges 3.0: an OpenBadgeCredential (in the Verifiable Credentials 2.0 data model) for a
 * completed course. Pure: the app signs what this builds as a VC-JWT. The credential is the JWT
 * payload itself, with the registered claims iss, jti and nbf (OB 3.0 §8.2).
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface OpenBadgeInput {
  /** The credential's id: the public verification URL of the certificate. */
  id: string;
  issuer: { id: string; name: string; url?: string | undefined };
  achievement: { id: string; name: string; description: string; criteria: string; fieldOfStudy: string; humanCode: string };
  /** The instant it was issued (ISO). */
  validFrom: string;
  /** The holder, named in clear only if they consented; otherwise as a salted SHA-256 hash. */
  subject: { name: string; nameShown: true } | { nameHash: string; salt: string; nameShown: false };
}

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'name';
  hashed: boolean;
  identityHash: string;
  salt?: string;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: { id: string; type: ['Profile']; name: string; url?: string };
  validFrom: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    /** Who it was issued to; absent once the holder has been erased. */
    identifier?: IdentityObject[];
    achievement: {
      id: string;
      type: ['Achievement'];
      name: string;
      description: string;
      criteria: { narrative: string };
      achievementType: 'Certificate';
      fieldOfStudy: string;
      humanCode: string;
    };
  };
}

export type Achievement = OpenBadgeCredential['credentialSubject']['achievement'];

/** The OB 3.0 Achievement of a course: what a credential claims and what its `id` URL answers (no personal data). */
export function achievementOf(a: OpenBadgeInput['achievement']): Achievement {
  return {
    id: a.id,
    type: ['Achievement'],
    name: a.name,
    description: a.description,
    criteria: { narrative: a.criteria },
    achievementType: 'Certificate',
    fieldOfStudy: a.fieldOfStudy,
    humanCode: a.humanCode,
  };
}

export function openBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
  const identity: IdentityObject = input.subject.nameShown
    ? { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: input.subject.name }
    : { type: 'IdentityObject', identityType: 'name', hashed: true, identityHash: input.subject.nameHash, salt: input.subject.salt };
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievement.name,
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name, ...(input.issuer.url ? { url: input.issuer.url } : {}) },
    validFrom: input.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [identity],
      achievement: achievementOf(input.achievement),
    },
  };
}

/**
 * The credential as it stands after its holder was erased: the same achievement, issuer, id and
 * date, and no identity at all (neither the name nor a salted hash of it, which a guess could confirm).
 */
export function withoutHolder(c: OpenBadgeCredential): OpenBadgeCredential {
  const { identifier: _gone, ...subject } = c.credentialSubject;
  return { ...c, credentialSubject: subject };
}

/** The JWT claims OB 3.0 asks for beside the credential's own members. */
export function jwtClaimsOf(c: OpenBadgeCredential): { iss: string; jti: string; nbf: number } {
  return { iss: c.issuer.id, jti: c.id, nbf: Math.floor(Date.parse(c.validFrom) / 1000) };
}

/** The completion rule in words, for the achievement's criteria. */
export function criteriaNarrative(rule: { minAttendancePercent: number; finalPieceRequired: boolean }, lessons: number): string {
  const parts = [`Attended at least ${rule.minAttendancePercent} % of the course's ${lessons} lessons`];
  if (rule.finalPieceRequired) parts.push('made a final piece that was assessed and passed');
  return `${parts.join(' and ')}.`;
}

/** A person's name as printed: family name first without a space in Hangul, given name first otherwise. */
export function displayName(familyName: string, givenName: string): string {
  return /[\uac00-\ud7a3]/.test(familyName + givenName) ? `${familyName}${givenName}` : `${givenName} ${familyName}`;
}
