import type { ApiKeyScope } from '../access/permissions'
import type { Page, PageRequest } from '../pagination'

/** A program's credential for one workspace. The secret is shown once and stored only as a hash. */
export interface ApiKey {
  id: string
  workspaceId: string
  name: string
  /** The secret's first characters, shown in lists so people can tell keys apart. */
  prefix: string
  /** SHA-256 of the secret (hex). */
  hash: string
  scopes: ApiKeyScope[]
  createdBy: string
  createdAt: string
  lastUsedAt?: string
  expiresAt?: string
  revokedAt?: string
}

export interface ApiKeyRepository {
  create(key: Omit<ApiKey, 'createdAt'>): Promise<ApiKey>
  /** The lookup on every request that presents a key: one strongly consistent read. */
  findByHash(hash: string): Promise<ApiKey | undefined>
  get(workspaceId: string, id: string): Promise<ApiKey | undefined>
  /** Newest first, revoked ones included (they show `revokedAt`). */
  list(workspaceId: string, page: PageRequest): Promise<Page<ApiKey>>
  /** Resolves the revoked key, or undefined if there is no such key in that workspace. */
  revoke(workspaceId: string, id: string, at: Date): Promise<ApiKey | undefined>
  /** Records use; called at most about once a minute per key, so it stays cheap. */
  touch(hash: string, at: Date): Promise<void>
}
