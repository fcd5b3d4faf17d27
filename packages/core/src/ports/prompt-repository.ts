import type { Page, PageRequest } from '../pagination'

export const promptVariableTypes = ['string', 'number', 'boolean'] as const
export type PromptVariableType = (typeof promptVariableTypes)[number]

/** A `{{name}}` placeholder a template declares. */
export interface PromptVariable {
  name: string
  type: PromptVariableType
  /** Used when rendering without a value; a required variable has none. */
  default?: string | number | boolean
  required: boolean
  description?: string
}

/** What a prompt version holds: every edit makes a new version. */
export interface PromptContent {
  name: string
  template: string
  variables: PromptVariable[]
  description?: string
  category?: string
  tags: string[]
}

/** A prompt template of a workspace, at its current version. */
export interface Prompt extends PromptContent {
  id: string
  workspaceId: string
  /** The current version (1 for a new prompt). */
  version: number
  /** How many times it was rendered (API renders and system prompts). */
  uses: number
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** One saved version. */
export interface PromptVersion extends PromptContent {
  promptId: string
  workspaceId: string
  version: number
  createdBy: string
  createdAt: string
}

export interface PromptListQuery extends PageRequest {
  category?: string
  tag?: string
}

export interface PromptRepository {
  /** Stores version 1. */
  create(prompt: Omit<Prompt, 'version' | 'uses' | 'createdAt' | 'updatedAt'>): Promise<Prompt>
  get(workspaceId: string, id: string): Promise<Prompt | undefined>
  list(workspaceId: string, query: PromptListQuery): Promise<Page<Prompt>>
  /**
   * Saves `content` as version `expectedVersion + 1` and makes it current, only if the current
   * version is still `expectedVersion` (else `resource.conflict`: someone edited it meanwhile).
   */
  addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: PromptContent,
    createdBy: string,
  ): Promise<Prompt>
  getVersion(workspaceId: string, id: string, version: number): Promise<PromptVersion | undefined>
  /** Newest first. */
  listVersions(workspaceId: string, id: string, page: PageRequest): Promise<Page<PromptVersion>>
  /** Atomically adds 1 to `uses`. */
  countUse(workspaceId: string, id: string): Promise<void>
  /** Deletes the prompt and all its versions; resolves how many versions went (0: none). */
  delete(workspaceId: string, id: string): Promise<number>
}
