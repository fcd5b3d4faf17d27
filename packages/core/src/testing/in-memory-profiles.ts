import type { PageRequest } from '../pagination'
import type {
  NewProfile,
  Profile,
  ProfileRepository,
  ProfileSettings,
} from '../ports/profile-repository'
import { defaultProfileInUse } from '../profiles/profile-rules'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

type StoredProfile = Omit<Profile, 'isDefault'>

/**
 * In-memory profiles with the real store's default rules: one default pointer per workspace
 * (the source of truth for `isDefault`), set by the first create, moved only by `setDefault`,
 * and the default deletable only as the last profile.
 */
export class InMemoryProfiles implements ProfileRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, StoredProfile>()
  /** The default profile's id, by workspace id. */
  readonly defaults = new Map<string, string>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, profile] of this.byKey)
          if (profile.workspaceId === id) this.byKey.delete(key)
        this.defaults.delete(id)
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: NewProfile) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('A profile with this id already exists.')
    const now = new Date().toISOString()
    this.byKey.set(key, { ...structuredClone(input), createdAt: now, updatedAt: now })
    if (!this.defaults.has(input.workspaceId)) this.defaults.set(input.workspaceId, input.id)
    return this.view(input.workspaceId, input.id) as Profile
  }

  async get(workspaceId: string, id: string) {
    return this.view(workspaceId, id)
  }

  async list(workspaceId: string, page: PageRequest) {
    const newestFirst = [...this.byKey.values()]
      .filter((profile) => profile.workspaceId === workspaceId)
      .reverse()
      .map((profile) => this.view(workspaceId, profile.id) as Profile)
    return paginate(newestFirst, page)
  }

  async update(workspaceId: string, id: string, changes: Partial<ProfileSettings>) {
    const profile = this.byKey.get(keyOf(workspaceId, id))
    if (!profile) return undefined
    Object.assign(profile, structuredClone(changes), { updatedAt: new Date().toISOString() })
    // As the store does: a setting given as undefined is removed.
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) delete profile[key as keyof ProfileSettings]
    return this.view(workspaceId, id)
  }

  async delete(workspaceId: string, id: string) {
    const key = keyOf(workspaceId, id)
    if (!this.byKey.has(key)) return false
    if (this.defaults.get(workspaceId) === id) {
      if (this.countIn(workspaceId) > 1) throw defaultProfileInUse()
      this.defaults.delete(workspaceId)
    }
    return this.byKey.delete(key)
  }

  async getDefault(workspaceId: string) {
    const id = this.defaults.get(workspaceId)
    return id === undefined ? undefined : this.view(workspaceId, id)
  }

  async setDefault(workspaceId: string, id: string) {
    if (!this.byKey.has(keyOf(workspaceId, id))) return undefined
    this.defaults.set(workspaceId, id)
    return this.view(workspaceId, id)
  }

  private countIn(workspaceId: string) {
    return [...this.byKey.values()].filter((profile) => profile.workspaceId === workspaceId).length
  }

  private view(workspaceId: string, id: string): Profile | undefined {
    const profile = this.byKey.get(keyOf(workspaceId, id))
    if (!profile) return undefined
    return { ...structuredClone(profile), isDefault: this.defaults.get(workspaceId) === id }
  }
}

const keyOf = (workspaceId: string, id: string) => `${workspaceId}/${id}`
