/**
 * A refresh-token family: one sign-in session. Only the newest token of a family is valid; each
 * refresh replaces it (rotation). Presenting an older one means it was stolen or replayed, so the
 * whole family is revoked. Tokens are stored only as hashes.
 */
export interface RefreshFamily {
  id: string
  userId: string
  /** Hash of the one refresh token of this family that is currently valid. */
  currentHash: string
  /** How many times the family has rotated. */
  generation: number
  revoked: boolean
  createdAt: string
  /** The family's absolute end; DynamoDB's TTL removes it some time after. */
  expiresAt: string
}

export type RotationOutcome =
  /** The presented token was current; `nextHash` is now the current one. */
  | 'rotated'
  /** The presented token was an old one: the family is now revoked. */
  | 'reused'
  /** The family was already revoked (logout, reuse, password change) or expired. */
  | 'revoked'
  | 'missing'

export interface RefreshTokenStore {
  create(family: Omit<RefreshFamily, 'generation' | 'revoked'>): Promise<RefreshFamily>
  get(id: string): Promise<RefreshFamily | undefined>
  /** Atomically replaces `presentedHash` by `nextHash` (a conditional write), or revokes on reuse. */
  rotate(id: string, presentedHash: string, nextHash: string, now: Date): Promise<RotationOutcome>
  revoke(id: string): Promise<void>
  /** Revokes every family of the user but `exceptId`; resolves how many were revoked. */
  revokeAllOf(userId: string, exceptId?: string): Promise<number>
}
