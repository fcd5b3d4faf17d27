import {
  DomainError,
  type Page,
  type PageRequest,
  type Prompt,
  type PromptContent,
  type PromptListQuery,
  type PromptRepository,
  type PromptVariable,
  type PromptVersion,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, PromptItem, PromptVersionItem } from './table'
import { failedAt, writeTransaction } from './transactions'

/**
 * Prompt templates: the current version as the head item in the workspace's partition (newest
 * first on gsi1), every version (1 included) as its own item in the prompt's partition, written
 * in the same transaction as the head, conditional on the head's version, so two concurrent
 * edits cannot both become version n+1. `uses` grows by an atomic ADD on the head.
 *
 * Category and tag narrow the workspace's gsi1 pages with a filter instead of index keys of
 * their own: a workspace's prompt library is a curated list (tens to a few hundred heads), so a
 * filtered list reads at most that workspace's heads, and no extra items have to be kept in
 * step with every edit of a prompt's tags (`queryPage` steps over the short pages a filter
 * leaves).
 * @example const prompts = new DynamoPromptRepository(createTable(document, tableName))
 */
export class DynamoPromptRepository implements PromptRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<Prompt, 'version' | 'uses' | 'createdAt' | 'updatedAt'>) {
    const createdAt = this.clock().toISOString()
    const head = { ...structuredClone(input), version: 1, uses: 0, createdAt, updatedAt: createdAt }
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ prompt, promptVersion }) => [
          prompt.create(head).commit(),
          promptVersion.create(versionItem(head, input.createdBy, createdAt)).commit(),
        ])
        .go(),
    )
    if (codes) throw new DomainError('resource.conflict', 'A prompt with this id already exists.')
    return head
  }

  async get(workspaceId: string, id: string): Promise<Prompt | undefined> {
    const { data } = await this.table.entities.prompt
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toPrompt(data) : undefined
  }

  list(workspaceId: string, query: PromptListQuery): Promise<Page<Prompt>> {
    const { prompt } = this.table.entities
    const { category, tag } = query
    return queryPage(
      query,
      (options) =>
        prompt.query
          .byCreation({ workspaceId })
          .where((item, { eq, contains }) =>
            [
              category === undefined ? '' : eq(item.category, category),
              tag === undefined ? '' : contains(item.tags, tag),
            ]
              .filter(Boolean)
              .join(' AND '),
          )
          .go({ ...options, order: 'desc' }),
      (item) => createConversions(prompt).byAccessPattern.byCreation.fromComposite.toCursor(item),
      toPrompt,
    )
  }

  async addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: PromptContent,
    createdBy: string,
  ): Promise<Prompt> {
    const now = this.clock().toISOString()
    const version = expectedVersion + 1
    const { description, category, ...required } = structuredClone(content)
    const cleared = [
      ...(description === undefined ? ['description' as const] : []),
      ...(category === undefined ? ['category' as const] : []),
    ]
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ prompt, promptVersion }) => {
          const set = prompt.patch({ workspaceId, id }).set({
            ...required,
            ...(description === undefined ? {} : { description }),
            ...(category === undefined ? {} : { category }),
            version,
            updatedAt: now,
          })
          return [
            (cleared.length > 0 ? set.remove(cleared) : set)
              .where((item, { eq }) => eq(item.version, expectedVersion))
              .commit(),
            promptVersion
              .create(versionItem({ ...content, id, workspaceId, version }, createdBy, now))
              .commit(),
          ]
        })
        .go(),
    )
    if (codes && failedAt(codes, 0))
      throw new DomainError(
        'resource.conflict',
        'The prompt changed meanwhile (or was deleted): read it again and retry.',
      )
    if (codes)
      throw new DomainError('resource.conflict', `Version ${version} of the prompt already exists.`)
    const updated = await this.get(workspaceId, id)
    if (!updated) throw new DomainError('resource.notFound', 'No such prompt in this workspace.')
    return updated
  }

  async getVersion(
    workspaceId: string,
    id: string,
    version: number,
  ): Promise<PromptVersion | undefined> {
    const { data } = await this.table.entities.promptVersion
      .get({ workspaceId, promptId: id, version })
      .go()
    return data ? toPromptVersion(data) : undefined
  }

  listVersions(workspaceId: string, id: string, page: PageRequest): Promise<Page<PromptVersion>> {
    const { promptVersion } = this.table.entities
    return queryPage(
      page,
      (options) =>
        promptVersion.query
          .byPrompt({ workspaceId, promptId: id })
          .go({ ...options, order: 'desc' }),
      (item) =>
        createConversions(promptVersion).byAccessPattern.byPrompt.fromComposite.toCursor(item),
      toPromptVersion,
    )
  }

  async countUse(workspaceId: string, id: string): Promise<void> {
    try {
      await this.table.entities.prompt.patch({ workspaceId, id }).add({ uses: 1 }).go()
    } catch (error) {
      // Deleted between its render and this count: nothing left to count.
      if (!isConditionFailure(error)) throw error
    }
  }

  /** Removes the head first, so the prompt is gone at once even if the versions take a while. */
  async delete(workspaceId: string, id: string): Promise<number> {
    const { prompt, promptVersion } = this.table.entities
    await prompt.delete({ workspaceId, id }).go()
    const { data } = await promptVersion.query
      .byPrompt({ workspaceId, promptId: id })
      .go({ pages: 'all', consistent: true, attributes: ['workspaceId', 'promptId', 'version'] })
    return deleteAll(
      data.map(({ version }) => ({ workspaceId, promptId: id, version })),
      (batch) => promptVersion.delete(batch).go(),
    )
  }
}

/**
 * Deletes every prompt of a workspace with its versions, each found by key (no scan): for the
 * workspace deletion.
 */
export async function deleteWorkspacePrompts(table: ChatterTable, workspaceId: string) {
  const { data } = await table.entities.prompt.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', consistent: true, attributes: ['id'] })
  const prompts = new DynamoPromptRepository(table)
  for (const { id } of data) await prompts.delete(workspaceId, id)
  return data.length
}

function versionItem(
  prompt: PromptContent & { id: string; workspaceId: string; version: number },
  createdBy: string,
  createdAt: string,
) {
  return {
    workspaceId: prompt.workspaceId,
    promptId: prompt.id,
    version: prompt.version,
    ...contentOf(prompt),
    createdBy,
    createdAt,
  }
}

function contentOf(item: PromptContent): PromptContent {
  return {
    name: item.name,
    template: item.template,
    variables: item.variables.map(toVariable),
    ...(item.description === undefined ? {} : { description: item.description }),
    ...(item.category === undefined ? {} : { category: item.category }),
    tags: [...item.tags],
  }
}

function toVariable(variable: PromptVariable): PromptVariable {
  return {
    name: variable.name,
    type: variable.type,
    ...(variable.default === undefined ? {} : { default: variable.default }),
    required: variable.required,
    ...(variable.description === undefined ? {} : { description: variable.description }),
  }
}

function toPrompt(item: PromptItem): Prompt {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    ...contentOf(item as PromptContent),
    version: item.version,
    uses: item.uses,
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toPromptVersion(item: PromptVersionItem): PromptVersion {
  return {
    promptId: item.promptId,
    workspaceId: item.workspaceId,
    version: item.version,
    ...contentOf(item as PromptContent),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
  }
}
