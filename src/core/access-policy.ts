import { isInSubtree } from './unit-path.js';

/**
 * Who may do what, where. Access is granted by a role at a unit and applies to that unit's subtree.
 * The policy is pure: the app layer loads an actor's grants (stored grants plus those that follow
 * from offices held today) and asks this module.
 */
export const roles = ['org_admin', 'staff', 'auditor', 'officer', 'member'] as const;
export type Role = (typeof roles)[number];

/** Stored grants may give these; `officer` and `member` follow from offices and membership. */
export const grantableRoles: readonly Role[] = ['org_admin', 'staff', 'auditor'];

export type Permission =
  /** See units, full member records (contacts included) and histories. */
  | 'read'
  /** See a roster with names only (a member's own unit). */
  | 'read_names'
  /** Admit, correct, transfer and change the status of members. */
  | 'write_members'
  /** Create, rename, move, split, merge and dissolve units; appoint and end offices. */
  | 'write_structure'
  /** Schedule and run a unit's meetings and the conventions it convenes (attendance, minutes, votes). */
  | 'run_meetings'
  /** Grant and revoke roles. */
  | 'admin';

const permissionsOf: Record<Role, readonly Permission[]> = {
  org_admin: ['read', 'read_names', 'write_members', 'write_structure', 'run_meetings', 'admin'],
  staff: ['read', 'read_names', 'write_members', 'write_structure', 'run_meetings'],
  auditor: ['read', 'read_names'],
  officer: ['read', 'read_names', 'write_members', 'run_meetings'],
  member: ['read_names'],
};

export interface ScopedGrant {
  role: Role;
  /** Path of the unit the role was granted at. */
  path: string;
}

export class AccessPolicy {
  /** Full access everywhere: the local operator and system administrators. */
  static readonly unrestricted = new AccessPolicy([], true, null);

  constructor(
    readonly grants: readonly ScopedGrant[],
    readonly unrestricted: boolean,
    /** The actor's own member record in this organization, if any. */
    readonly ownMemberId: number | null,
  ) {}

  /** May the actor do `permission` on something located at `path` (a unit's path)? */
  allows(permission: Permission, path: string): boolean {
    if (this.unrestricted) return true;
    return this.grants.some((g) => permissionsOf[g.role].includes(permission) && isInSubtree(path, g.path));
  }

  /** Paths of the subtrees where `permission` holds (null: everywhere), without nested duplicates. */
  roots(permission: Permission): string[] | null {
    if (this.unrestricted) return null;
    const paths = [...new Set(this.grants.filter((g) => permissionsOf[g.role].includes(permission)).map((g) => g.path))].sort();
    return paths.filter((p, i) => !paths.slice(0, i).some((q) => isInSubtree(p, q)));
  }

  /** Whether `permission` holds at the top of the tree, i.e. for things that belong to no unit. */
  allowsEverywhere(permission: Permission, topPaths: readonly string[]): boolean {
    return this.unrestricted || topPaths.every((p) => this.allows(permission, p));
  }

  isOwnMember(memberId: number): boolean {
    return this.ownMemberId !== null && this.ownMemberId === memberId;
  }
}
