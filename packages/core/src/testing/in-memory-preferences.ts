import type { PageRequest } from '../pagination'
import {
  type PreferenceRepository,
  type Preferences,
  type PreferenceVersion,
  preferenceVersionsKept,
} from '../ports'
import { conflict, paginate } from './paginate'

/**
 * In-memory preferences, kept as the DynamoDB store keeps them: a save only on top of the
 * version the caller read (else a 409), and only the last `preferenceVersionsKept` versions.
 */
export class InMemoryPreferences implements PreferenceRepository {
  readonly byUser = new Map<string, Preferences>()
  /** By user id, oldest first. */
  readonly versions = new Map<string, PreferenceVersion[]>()

  async get(userId: string) {
    const current = this.byUser.get(userId)
    return current && structuredClone(current)
  }

  async put(preferences: PreferenceVersion, expectedVersion: number) {
    const { userId } = preferences
    if ((this.byUser.get(userId)?.version ?? 0) !== expectedVersion)
      throw conflict('Your preferences changed meanwhile: read them again and retry.')
    if (preferences.version !== expectedVersion + 1)
      throw new Error(`Version ${preferences.version} does not follow ${expectedVersion}.`)
    this.byUser.set(userId, structuredClone(preferences))
    const versions = [...(this.versions.get(userId) ?? []), structuredClone(preferences)]
    this.versions.set(userId, versions.slice(-preferenceVersionsKept))
    return structuredClone(preferences)
  }

  async listVersions(userId: string, page: PageRequest) {
    const newestFirst = [...(this.versions.get(userId) ?? [])].reverse()
    return paginate(structuredClone(newestFirst), page)
  }

  async deleteAll(userId: string) {
    const count = (this.byUser.has(userId) ? 1 : 0) + (this.versions.get(userId)?.length ?? 0)
    this.byUser.delete(userId)
    this.versions.delete(userId)
    return count
  }
}
