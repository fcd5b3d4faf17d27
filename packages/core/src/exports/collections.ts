import type { Page, PageRequest } from '../pagination'
import type { AgentRepository } from '../ports/agent-repository'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { DocumentRepository } from '../ports/document-repository'
import type { ExportScope } from '../ports/export-job-repository'
import type { MessageRepository } from '../ports/message-repository'
import type { PreferenceRepository } from '../ports/preference-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import type { WorkflowRepository } from '../ports/workflow-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** The stores an export reads. */
export interface ExportSources {
  workspaces: Pick<WorkspaceRepository, 'get' | 'listMembers'>
  conversations: Pick<ConversationRepository, 'list'>
  messages: Pick<MessageRepository, 'list'>
  documents: Pick<DocumentRepository, 'list'>
  prompts: Pick<PromptRepository, 'list' | 'listVersions'>
  profiles: Pick<ProfileRepository, 'list'>
  agents: Pick<AgentRepository, 'listAll'>
  workflows: Pick<WorkflowRepository, 'list' | 'listVersions'>
  /** Each user's preferences: a "me" export includes the caller's (where the store is wired). */
  preferences?: Pick<PreferenceRepository, 'get'>
}

/** One collection: a file of the archive (`{name}.json` or `{name}.csv`). */
export interface ExportCollection {
  name: string
  rows: Record<string, unknown>[]
}

type Reader = (sources: ExportSources, workspaceId: string, userId: string) => Promise<unknown[]>

/** Every page of a list, in order (a page may come back empty before the last one). */
export async function readAll<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const page = await list({ limit: 100, ...(cursor ? { cursor } : {}) })
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

async function conversationsOf(sources: ExportSources, workspaceId: string, userId?: string) {
  return readAll((page) => sources.conversations.list(workspaceId, userId ? { userId } : {}, page))
}

async function messagesOf(sources: ExportSources, workspaceId: string, userId?: string) {
  const conversations = await conversationsOf(sources, workspaceId, userId)
  const messages = []
  // Every message of every branch, oldest first: `parentId` keeps the tree.
  for (const conversation of conversations)
    messages.push(
      ...(await readAll((page) =>
        sources.messages.list(workspaceId, conversation.id, page, 'asc'),
      )),
    )
  return messages
}

/** Document metadata only: the files themselves stay in the knowledge base. */
async function documentsOf(sources: ExportSources, workspaceId: string) {
  const documents = await readAll((page) => sources.documents.list(workspaceId, page))
  return documents.map(({ blobKey: _blobKey, contentHash: _hash, ingestion: _i, ...kept }) => kept)
}

async function promptVersionsOf(sources: ExportSources, workspaceId: string) {
  const prompts = await readAll((page) => sources.prompts.list(workspaceId, page))
  const versions = []
  for (const prompt of prompts)
    versions.push(
      ...(await readAll((page) => sources.prompts.listVersions(workspaceId, prompt.id, page))),
    )
  return versions
}

async function workflowVersionsOf(sources: ExportSources, workspaceId: string) {
  const workflows = await readAll((page) => sources.workflows.list(workspaceId, page))
  const versions = []
  for (const workflow of workflows)
    versions.push(
      ...(await readAll((page) => sources.workflows.listVersions(workspaceId, workflow.id, page))),
    )
  return versions
}

const workspaceReaders: Record<string, Reader> = {
  workspace: async (s, workspaceId) => {
    const workspace = await s.workspaces.get(workspaceId)
    return workspace ? [workspace] : []
  },
  members: (s, workspaceId) => readAll((page) => s.workspaces.listMembers(workspaceId, page)),
  conversations: (s, workspaceId) => conversationsOf(s, workspaceId),
  messages: (s, workspaceId) => messagesOf(s, workspaceId),
  documents: (s, workspaceId) => documentsOf(s, workspaceId),
  prompts: (s, workspaceId) => readAll((page) => s.prompts.list(workspaceId, page)),
  promptVersions: (s, workspaceId) => promptVersionsOf(s, workspaceId),
  profiles: (s, workspaceId) => readAll((page) => s.profiles.list(workspaceId, page)),
  agents: (s, workspaceId) => s.agents.listAll(workspaceId),
  workflows: (s, workspaceId) => readAll((page) => s.workflows.list(workspaceId, page)),
  workflowVersions: (s, workspaceId) => workflowVersionsOf(s, workspaceId),
}

const memberReaders: Record<string, Reader> = {
  conversations: (s, workspaceId, userId) => conversationsOf(s, workspaceId, userId),
  messages: (s, workspaceId, userId) => messagesOf(s, workspaceId, userId),
}

/** The collections an export of `scope` writes, in order (their count is the job's `total`). */
export function exportCollectionNames(scope: ExportScope, sources: ExportSources): string[] {
  if (scope === 'workspace') return Object.keys(workspaceReaders)
  return [...Object.keys(memberReaders), ...(sources.preferences ? ['preferences'] : [])]
}

/** Reads one collection of an export. */
export async function readCollection(
  sources: ExportSources,
  scope: ExportScope,
  name: string,
  workspaceId: string,
  userId: string,
): Promise<ExportCollection> {
  if (name === 'preferences' && scope === 'me' && sources.preferences) {
    const preferences = await sources.preferences.get(userId)
    return { name, rows: preferences === undefined ? [] : [asRow(preferences)] }
  }
  const reader = (scope === 'workspace' ? workspaceReaders : memberReaders)[name]
  if (!reader) throw new Error(`No collection ${name} in a ${scope} export.`)
  const rows = await reader(sources, workspaceId, userId)
  return { name, rows: rows.map(asRow) }
}

const asRow = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { value }
