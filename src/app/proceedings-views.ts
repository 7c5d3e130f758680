import type { ProceedingsRow } from '../store/motion.repository.js';

export interface ProceedingsView {
  conventionId: number;
  status: 'draft' | 'approved';
  /** The assembled record (title, program, addresses, motions with votes, adopted texts). */
  document: Record<string, unknown>;
  /** SHA-256 of the canonical document text; kept in the audit chain on approval. */
  sha256: string;
  approvedAt: string | null;
  /** Citable id in the public bulletin, from approval on. */
  publicId: string | null;
  version: number;
}

export const proceedingsView = (p: ProceedingsRow): ProceedingsView => ({
  conventionId: p.convention_id,
  status: p.status,
  document: JSON.parse(p.document) as Record<string, unknown>,
  sha256: p.content_hash,
  approvedAt: p.approved_at,
  publicId: p.public_id,
  version: p.version,
});
