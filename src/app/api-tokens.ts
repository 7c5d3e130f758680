import type { ApiTokenRow } from '../store/api-token.repository.js';

export interface ApiTokenView {
  id: number;
  label: string;
  scope: 'read' | 'write';
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
}

export const apiTokenView = (r: ApiTokenRow): ApiTokenView => ({ id: r.id, label: r.label, scope: r.scope, expiresAt: r.expires_at, revokedAt: r.revoked_at, createdAt: r.created_at });
