import {
  type ApiKey,
  type ApiKeyRepository,
  DomainError,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable } from './table'
import { toApiKey } from './to-domain'

/**
 * API keys, keyed by the hash of their secret so the check on every request is one strongly
 * consistent GetItem (a revocation is seen at once). Management goes through the workspace:
 * gsi1 lists a workspace's keys newest first, gsi2 finds a key's hash from its id, and every
 * read or write by id re-checks the workspace, so a key is never reached through another one.
 * @example const key = await apiKeys.findByHash(hashSecret(presentedSecret))
 */
export class DynamoApiKeyRepository implements ApiKeyRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<ApiKey, 'createdAt'>): Promise<ApiKey> {
    const key: ApiKey = { ...input, createdAt: this.clock().toISOString() }
    try {
      await this.table.entities.apiKey.create(key).go()
      return key
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new DomainError('resource.conflict', 'An API key with this secret already exists.')
      }
      throw error
    }
  }

  async findByHash(hash: string): Promise<ApiKey | undefined> {
    const { data } = await this.table.entities.apiKey.get({ hash }).go({ consistent: true })
    return data ? toApiKey(data) : undefined
  }

  async get(workspaceId: string, id: string): Promise<ApiKey | undefined> {
    const hash = await this.hashOf(workspaceId, id)
    if (hash === undefined) return undefined
    const key = await this.findByHash(hash)
    return key?.workspaceId === workspaceId ? key : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<ApiKey>> {
    const { apiKey } = this.table.entities
    return queryPage(
      page,
      (options) => apiKey.query.byWorkspace({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => createConversions(apiKey).byAccessPattern.byWorkspace.fromComposite.toCursor(item),
      toApiKey,
    )
  }

  /** Idempotent: revoking a revoked key keeps its first `revokedAt`. */
  async revoke(workspaceId: string, id: string, at: Date): Promise<ApiKey | undefined> {
    const hash = await this.hashOf(workspaceId, id)
    if (hash === undefined) return undefined
    try {
      const { data } = await this.table.entities.apiKey
        .patch({ hash })
        .set({ revokedAt: at.toISOString() })
        .where((key, { eq, notExists }) =>
          [eq(key.workspaceId, workspaceId), notExists(key.revokedAt)].join(' AND '),
        )
        .go({ response: 'all_new' })
      return toApiKey(data)
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      // Already revoked (or gone): answer with what is stored, if it is this workspace's.
      return this.get(workspaceId, id)
    }
  }

  async touch(hash: string, at: Date): Promise<void> {
    const lastUsedAt = at.toISOString()
    try {
      await this.table.entities.apiKey
        .patch({ hash })
        .set({ lastUsedAt })
        // Concurrent requests may touch out of order; never move the time backwards.
        .where((key, { notExists, lt }) =>
          [notExists(key.lastUsedAt), lt(key.lastUsedAt, lastUsedAt)].join(' OR '),
        )
        .go()
    } catch (error) {
      // A later touch won, or the key was deleted with its workspace: nothing to record.
      if (!isConditionFailure(error)) throw error
    }
  }

  /** The hash (primary key) of the workspace's key with this id, through gsi2. */
  private async hashOf(workspaceId: string, id: string): Promise<string | undefined> {
    // ElectroDB matches the sort key with begins_with, so `key_1` also finds `key_10`; the exact
    // id, if present, sorts first.
    const { data } = await this.table.entities.apiKey.query
      .byWorkspaceAndId({ workspaceId, id })
      .go({ limit: 1 })
    return data.find((key) => key.id === id)?.hash
  }
}
