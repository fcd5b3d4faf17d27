import type { Page, PageRequest } from '../pagination'

/** Where a profile's model runs: Bedrock, an OpenAI-compatible server, or the local model. */
export const profileProviders = ['bedrock', 'openai', 'local'] as const
export type ProfileProvider = (typeof profileProviders)[number]

/** Whether and how answers draw on the workspace's documents. */
export interface RetrievalSettings {
  enabled: boolean
  /** How many passages to retrieve (1-50). */
  topK: number
  /** Passages scoring below this (0-1) are left out; absent means no floor. */
  minScore?: number
}

/** What a profile configures: everything a caller may set or change. */
export interface ProfileSettings {
  name: string
  provider: ProfileProvider
  modelId: string
  temperature: number
  topP: number
  maxTokens: number
  systemPrompt: string
  retrieval: RetrievalSettings
  /** Tried in order when the model fails; never the model itself, never twice the same. */
  fallbackModelIds: string[]
  /**
   * A prompt template of the workspace rendered as the system prompt at answer time (in place
   * of `systemPrompt`), with `systemPromptVariables` over its defaults.
   */
  systemPromptId?: string
  systemPromptVariables?: Record<string, string | number | boolean>
}

/** A named model configuration of one workspace. */
export interface Profile extends ProfileSettings {
  id: string
  workspaceId: string
  /** Derived from the workspace's one default pointer, never stored per profile. */
  isDefault: boolean
  createdAt: string
  updatedAt: string
}

export type NewProfile = ProfileSettings & { id: string; workspaceId: string }

/**
 * A workspace's model profiles. Exactly one default per workspace while it has any profile:
 * the store keeps a single per-workspace pointer (with the profile count), changed only in the
 * same atomic write as the profiles themselves, so no interleaving of calls can leave two
 * defaults, none, or one pointing at a deleted profile.
 */
export interface ProfileRepository {
  /** Stores the profile; the workspace's first profile becomes its default in the same write. */
  create(profile: NewProfile): Promise<Profile>
  get(workspaceId: string, id: string): Promise<Profile | undefined>
  /** Newest first (by `createdAt`), each with its current `isDefault`. */
  list(workspaceId: string, page: PageRequest): Promise<Page<Profile>>
  /**
   * Sets the given settings (`retrieval` replaces the whole one; an optional setting given as
   * undefined is removed); undefined if no such profile.
   */
  update(
    workspaceId: string,
    id: string,
    changes: Partial<ProfileSettings>,
  ): Promise<Profile | undefined>
  /**
   * Resolves whether a profile was deleted. Refuses (`resource.conflict`) to delete the default
   * while other profiles remain; the last profile may go, leaving the workspace without one.
   */
  delete(workspaceId: string, id: string): Promise<boolean>
  /** The default profile, or undefined when the workspace has no profiles. */
  getDefault(workspaceId: string): Promise<Profile | undefined>
  /** Makes the profile the default (idempotent); undefined if no such profile. */
  setDefault(workspaceId: string, id: string): Promise<Profile | undefined>
}
