import type { PageRequest } from '../pagination'
import type {
  Prompt,
  PromptContent,
  PromptListQuery,
  PromptRepository,
  PromptVersion,
} from '../ports'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

/**
 * In-memory prompts with their versions, as the DynamoDB store keeps them: a new version only
 * on top of the version the caller read (else a 409), uses counted apart from the content, and
 * a workspace's deletion taking its prompts along.
 */
export class InMemoryPrompts implements PromptRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, Prompt>()
  /** By `workspaceId/id`, oldest first. */
  readonly versions = new Map<string, PromptVersion[]>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, prompt] of this.byKey)
          if (prompt.workspaceId === id) {
            this.byKey.delete(key)
            this.versions.delete(key)
          }
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: Omit<Prompt, 'version' | 'uses' | 'createdAt' | 'updatedAt'>) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('A prompt with this id already exists.')
    const now = new Date().toISOString()
    const prompt: Prompt = {
      ...structuredClone(input),
      version: 1,
      uses: 0,
      createdAt: now,
      updatedAt: now,
    }
    this.byKey.set(key, prompt)
    this.versions.set(key, [versionOf(prompt, input.createdBy, now)])
    return structuredClone(prompt)
  }

  async get(workspaceId: string, id: string) {
    const prompt = this.byKey.get(keyOf(workspaceId, id))
    return prompt && structuredClone(prompt)
  }

  async list(workspaceId: string, query: PromptListQuery) {
    const newestFirst = [...this.byKey.values()]
      .filter(
        (prompt) =>
          prompt.workspaceId === workspaceId &&
          (query.category === undefined || prompt.category === query.category) &&
          (query.tag === undefined || prompt.tags.includes(query.tag)),
      )
      .reverse()
      .map((prompt) => structuredClone(prompt))
    return paginate(newestFirst, query)
  }

  async addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: PromptContent,
    createdBy: string,
  ) {
    const key = keyOf(workspaceId, id)
    const prompt = this.byKey.get(key)
    if (!prompt || prompt.version !== expectedVersion)
      throw conflict('The prompt changed meanwhile (or was deleted): read it again and retry.')
    const now = new Date().toISOString()
    const { description: _d, category: _c, ...kept } = prompt
    const updated: Prompt = {
      ...kept,
      ...structuredClone(content),
      version: expectedVersion + 1,
      updatedAt: now,
    }
    this.byKey.set(key, updated)
    this.versions.get(key)?.push(versionOf(updated, createdBy, now))
    return structuredClone(updated)
  }

  async getVersion(workspaceId: string, id: string, version: number) {
    const found = this.versions.get(keyOf(workspaceId, id))?.find((v) => v.version === version)
    return found && structuredClone(found)
  }

  async listVersions(workspaceId: string, id: string, page: PageRequest) {
    const newestFirst = [...(this.versions.get(keyOf(workspaceId, id)) ?? [])].reverse()
    return paginate(structuredClone(newestFirst), page)
  }

  async countUse(workspaceId: string, id: string) {
    const prompt = this.byKey.get(keyOf(workspaceId, id))
    if (prompt) prompt.uses += 1
  }

  async delete(workspaceId: string, id: string) {
    const key = keyOf(workspaceId, id)
    const count = this.versions.get(key)?.length ?? 0
    this.byKey.delete(key)
    this.versions.delete(key)
    return count
  }
}

function versionOf(prompt: Prompt, createdBy: string, createdAt: string): PromptVersion {
  const { id, workspaceId, version, name, template, variables, description, category, tags } =
    structuredClone(prompt)
  return {
    promptId: id,
    workspaceId,
    version,
    name,
    template,
    variables,
    ...(description !== undefined ? { description } : {}),
    ...(category !== undefined ? { category } : {}),
    tags,
    createdBy,
    createdAt,
  }
}

const keyOf = (workspaceId: string, id: string) => `${workspaceId}/${id}`
