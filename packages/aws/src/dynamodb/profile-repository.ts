import {
  DomainError,
  defaultProfileInUse,
  type NewProfile,
  type Page,
  type PageRequest,
  type Profile,
  type ProfileRepository,
  type ProfileSettings,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import { addProfile, pointDefaultAt, readProfileHead, removeProfile } from './profile-head'
import type { ChatterTable } from './table'
import { toProfile } from './to-domain'
import { failedAt } from './transactions'

/** How often a delete or a default read starts over when a concurrent write moved the head. */
const maxAttempts = 3

/**
 * Model profiles in their workspace's partition, newest first on gsi1. Which one is the default
 * lives only in the workspace's `profileHead` item (the default's id and the profile count),
 * changed in the same transaction as the profiles (see ./profile-head): create claims the
 * default when there is none, delete refuses the default unless it is the last, setDefault
 * moves the pointer only while the profile exists. `isDefault` is derived on every read, so no
 * view can ever show two defaults.
 * @example const profiles = new DynamoProfileRepository(createTable(document, tableName))
 */
export class DynamoProfileRepository implements ProfileRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewProfile): Promise<Profile> {
    const createdAt = this.clock().toISOString()
    if (await addProfile(this.table, { ...input, createdAt }))
      throw new DomainError('resource.conflict', 'A profile with this id already exists.')
    const head = await readProfileHead(this.table, input.workspaceId)
    const isDefault = head?.defaultId === input.id
    return { ...structuredClone(input), isDefault, createdAt, updatedAt: createdAt }
  }

  async get(workspaceId: string, id: string): Promise<Profile | undefined> {
    const [item, head] = await Promise.all([
      this.item(workspaceId, id),
      readProfileHead(this.table, workspaceId),
    ])
    return item && toProfile(item, head?.defaultId)
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<Profile>> {
    const { profile } = this.table.entities
    const [head, found] = await Promise.all([
      readProfileHead(this.table, workspaceId),
      queryPage(
        page,
        (options) => profile.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
        (item) =>
          createConversions(profile).byAccessPattern.byCreation.fromComposite.toCursor(item),
        (item) => item,
      ),
    ])
    return { ...found, items: found.items.map((item) => toProfile(item, head?.defaultId)) }
  }

  async update(
    workspaceId: string,
    id: string,
    changes: Partial<ProfileSettings>,
  ): Promise<Profile | undefined> {
    // A setting given as undefined is removed (only the optional ones can be).
    const removed = (['systemPromptId', 'systemPromptVariables'] as const).filter(
      (key) => key in changes && changes[key] === undefined,
    )
    const set = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as Partial<ProfileSettings>
    try {
      const patch = this.table.entities.profile
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
      const [{ data }, head] = await Promise.all([
        (removed.length > 0 ? patch.remove(removed) : patch).go({ response: 'all_new' }),
        readProfileHead(this.table, workspaceId),
      ])
      return toProfile(data, head?.defaultId)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const head = await readProfileHead(this.table, workspaceId)
      // No head, no profiles: the workspace never had one or deleted its last.
      if (!head) return false
      const isDefault = head.defaultId === id
      if (isDefault && head.profiles > 1) throw defaultProfileInUse()
      const codes = await removeProfile(this.table, workspaceId, id, isDefault)
      if (!codes) return true
      if (failedAt(codes, 0)) return false
      // Only the head's condition failed: a concurrent write moved the default or the count.
      if (attempt >= maxAttempts)
        throw new DomainError('resource.conflict', 'The profiles changed meanwhile; try again.')
    }
  }

  async getDefault(workspaceId: string): Promise<Profile | undefined> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const head = await readProfileHead(this.table, workspaceId)
      if (!head) return undefined
      const item = await this.item(workspaceId, head.defaultId)
      if (item) return toProfile(item, head.defaultId)
      // The default moved and its old profile was deleted between the two reads: read again.
    }
    return undefined
  }

  /** Answers the profile as this call left it: the default (a later call may move it again). */
  async setDefault(workspaceId: string, id: string): Promise<Profile | undefined> {
    if (await pointDefaultAt(this.table, workspaceId, id)) return undefined
    const item = await this.item(workspaceId, id)
    return item && toProfile(item, id)
  }

  private async item(workspaceId: string, id: string) {
    const { data } = await this.table.entities.profile
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ?? undefined
  }
}
