import type { Page, PageRequest } from '../pagination'

/** What a user may set about how the platform answers them, in every workspace. */
export interface PreferenceSettings {
  /** A profile id to start new conversations with; ignored where no such profile exists. */
  defaultProfileId?: string
  /** A BCP 47 language tag (`en`, `fr-CA`): answers are asked for in this language. */
  language?: string
  /** Whether clients should stream answers (SSE) when they do not say otherwise. */
  streaming: boolean
  /** At most this many earlier messages go to the model (1-200); absent: the chat's own budget. */
  memoryWindow?: number
  /** Whether the model may be offered tools in this user's answers. */
  toolsEnabled: boolean
}

/** A user's preferences at their current version (0 and no `updatedAt`: never saved). */
export interface Preferences extends PreferenceSettings {
  userId: string
  version: number
  updatedAt?: string
  /** Who saved this version: a user id, or `apiKey:<id>`. */
  updatedBy?: string
}

/** One saved version of a user's preferences. */
export interface PreferenceVersion extends Preferences {
  updatedAt: string
  updatedBy: string
}

/** How many versions of a user's preferences stay readable; older ones are deleted. */
export const preferenceVersionsKept = 20

/**
 * Per-user preferences: the current version, plus the last `preferenceVersionsKept` versions.
 * Every save is conditional on the version the caller read, so two concurrent saves cannot both
 * become version n+1.
 */
export interface PreferenceRepository {
  /** The current preferences; undefined when the user never saved any. */
  get(userId: string): Promise<Preferences | undefined>
  /**
   * Saves `preferences` (whose `version` is `expectedVersion + 1`) as current and as a version,
   * only if the current version is still `expectedVersion` (0: none saved yet); otherwise
   * `resource.conflict`. The version `preferenceVersionsKept` older goes in the same write.
   */
  put(preferences: PreferenceVersion, expectedVersion: number): Promise<Preferences>
  /** The kept versions, newest first. */
  listVersions(userId: string, page: PageRequest): Promise<Page<PreferenceVersion>>
  /** Deletes the preferences with every version (account deletion); resolves how many items went. */
  deleteAll(userId: string): Promise<number>
}
