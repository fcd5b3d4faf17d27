import type { PageRequest } from '../pagination'
import type { ApiKey, ApiKeyRepository } from '../ports/api-key-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { paginate } from './paginate'

/** In-memory API keys, looked up by hash like the real store. */
export class InMemoryApiKeys implements ApiKeyRepository {
  readonly byHash = new Map<string, ApiKey>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        const gone = [...this.byHash.values()].filter((key) => key.workspaceId === id)
        for (const key of gone) this.byHash.delete(key.hash)
        return { invitations: 0, apiKeys: gone.length }
      },
    })
  }

  async create(input: Omit<ApiKey, 'createdAt'>) {
    const key = { ...input, createdAt: new Date().toISOString() }
    this.byHash.set(key.hash, key)
    return { ...key }
  }

  async findByHash(hash: string) {
    const key = this.byHash.get(hash)
    return key && { ...key }
  }

  async get(workspaceId: string, id: string) {
    const key = [...this.byHash.values()].find((k) => k.id === id && k.workspaceId === workspaceId)
    return key && { ...key }
  }

  async list(workspaceId: string, page: PageRequest) {
    return paginate(
      [...this.byHash.values()].filter((k) => k.workspaceId === workspaceId).reverse(),
      page,
    )
  }

  async revoke(workspaceId: string, id: string, at: Date) {
    const key = [...this.byHash.values()].find((k) => k.id === id && k.workspaceId === workspaceId)
    if (!key) return undefined
    key.revokedAt ??= at.toISOString()
    return { ...key }
  }

  async touch(hash: string, at: Date) {
    const key = this.byHash.get(hash)
    if (key) key.lastUsedAt = at.toISOString()
  }
}
