import { type Acting, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { cleanTitle, conversationLimits } from '../conversations/conversation-rules'
import { DomainError, isDomainError } from '../errors'
import { newId, sortableId } from '../ids/ids'
import type { AuditLog } from '../ports/audit-log'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { MessageRepository } from '../ports/message-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import {
  type ImportedConversation,
  type ImportSource,
  importSources,
  type ParsedImport,
  type SkippedConversation,
} from './imported-conversation'
import { parseChatGptExport } from './parse-chatgpt'
import { parseChatterExport } from './parse-chatter'
import { parseClaudeExport } from './parse-claude'

export interface ImportPorts {
  conversations: Pick<ConversationRepository, 'create'>
  messages: Pick<MessageRepository, 'create'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** What one import may hold (the request body limit usually binds first). */
export const importLimits = { conversations: 500, messagesPerConversation: 5000 } as const

/** What an import did: counts of what was stored, and each conversation left out with why. */
export interface ImportReport {
  id: string
  source: ImportSource
  conversations: number
  messages: number
  /** The new conversations' ids, in the order of the file. */
  conversationIds: string[]
  skipped: SkippedConversation[]
}

const parsers: Record<ImportSource, (data: unknown) => ParsedImport> = {
  chatgpt: parseChatGptExport,
  claude: parseClaudeExport,
  chatter: parseChatterExport,
}

/**
 * Imports conversations from ChatGPT's or Claude's `conversations.json`, or from a Chatter
 * export, as the caller's own conversations in this workspace (`write`).
 *
 * 1. Parse the source; what cannot be read is skipped with a reason, never half-stored.
 * 2. Each conversation gets a new id, keeps its title and times, and its messages keep their
 *    tree (branches) with new time-sorted ids; the active branch is the source's current one.
 * 3. Record `import.completed` with the counts.
 * @example await importConversations(ports, acting, { source: 'chatgpt', data: JSON.parse(file) })
 */
export async function importConversations(
  ports: ImportPorts,
  acting: Acting,
  input: { source: ImportSource; data: unknown },
): Promise<ImportReport> {
  assertPermission(acting.access, 'write')
  if (!importSources.includes(input.source))
    throw new DomainError('request.invalid', 'Unknown import source.', {
      errors: [{ path: 'source', message: `Give one of ${importSources.join(', ')}.` }],
    })
  const parsed = parsers[input.source](input.data)
  if (parsed.conversations.length > importLimits.conversations)
    throw new DomainError(
      'request.invalid',
      `An import holds at most ${importLimits.conversations} conversations: split the file.`,
      { errors: [{ path: 'data', message: 'Too many conversations.' }] },
    )
  const report: ImportReport = {
    id: newId('imp'),
    source: input.source,
    conversations: 0,
    messages: 0,
    conversationIds: [],
    skipped: [...parsed.skipped],
  }
  for (const conversation of parsed.conversations)
    await importConversation(ports, acting, conversation, report)
  await recordImportCompleted(ports, acting, report)
  return report
}

/**
 * Stores one parsed conversation into `report` (counted, or skipped when it has more messages
 * than an import takes); `ids` makes the run repeatable (see `storeConversation`).
 */
export async function importConversation(
  ports: ImportPorts,
  acting: Acting,
  conversation: ImportedConversation,
  report: ImportReport,
  ids?: ImportIds,
): Promise<void> {
  if (conversation.messages.length > importLimits.messagesPerConversation) {
    report.skipped.push({
      title: conversation.title,
      reason: `More than ${importLimits.messagesPerConversation} messages.`,
    })
    return
  }
  const id = await storeConversation(ports, acting, conversation, ids)
  report.conversations += 1
  report.messages += conversation.messages.length
  report.conversationIds.push(id)
}

/** Records `import.completed` with the report's counts. */
export async function recordImportCompleted(
  ports: ImportPorts,
  acting: Acting,
  report: Pick<ImportReport, 'id' | 'source' | 'conversations' | 'messages' | 'skipped'>,
): Promise<void> {
  const { workspaceId } = acting.access
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'import.completed',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'import', id: report.id, label: report.source },
    details: {
      source: report.source,
      conversations: report.conversations,
      messages: report.messages,
      skipped: report.skipped.length,
    },
  })
}

/** A title the conversation rules accept. */
function importedTitle(raw: string): string {
  const title = [...cleanTitle(raw).replace(/\p{Cc}/gu, ' ')]
  if (title.length === 0) return 'Imported conversation'
  return title.slice(0, conversationLimits.titleLength).join('')
}

/**
 * Ids for a repeatable import: the same conversation of the same job gets the same ids on every
 * run, so a run that resumes after a crash finds what it already stored instead of copying it.
 */
export interface ImportIds {
  conversation: string
  /** A message id sorting by `at` (as `msg_{sortableId}` does), fixed by `key`. */
  message(key: string, at: Date): string
}

/**
 * Stores one conversation and its messages; a message's id sorts after its parent's, so the
 * stores list branches in order, and its time is the source's when it has one. With `ids`, an
 * item that already exists (an earlier run of the same job) is kept as it is.
 */
async function storeConversation(
  ports: ImportPorts,
  acting: Acting,
  conversation: ImportedConversation,
  ids?: ImportIds,
): Promise<string> {
  const { workspaceId } = acting.access
  const userId = acting.access.principal.userId
  const start = Date.parse(conversation.createdAt ?? '') || acting.now.getTime()
  const planned = new Map<string, { id: string; at: number }>()
  // No two messages share a millisecond: ids sort by it, so messages with the same time (or
  // none) keep the source's order instead of a random one.
  const taken = new Set<number>()
  for (const [index, message] of conversation.messages.entries()) {
    const parent = message.parentKey ? planned.get(message.parentKey) : undefined
    const own = Date.parse(message.createdAt ?? '') || start + index
    let at = Math.max(own, parent ? parent.at + 1 : own)
    while (taken.has(at)) at += 1
    taken.add(at)
    const messageId = ids
      ? ids.message(message.key, new Date(at))
      : `msg_${sortableId(new Date(at))}`
    planned.set(message.key, { id: messageId, at })
  }
  const times = [...planned.values()].map((p) => p.at)
  const last = Math.max(...times, Date.parse(conversation.updatedAt ?? '') || start)
  const leafKey = conversation.activeLeafKey ?? conversation.messages.at(-1)?.key
  const leaf = leafKey ? planned.get(leafKey) : undefined
  const id = ids?.conversation ?? newId('cnv')
  const existing = ids ? keepExisting : rethrow
  await ports.conversations
    .create({
      id,
      workspaceId,
      userId,
      title: importedTitle(conversation.title),
      archived: false,
      ...(leaf ? { activeLeafId: leaf.id } : {}),
      messageCount: conversation.messages.length,
      lastActivityAt: new Date(last).toISOString(),
      createdAt: new Date(Math.min(start, ...times)).toISOString(),
    })
    .catch(existing)
  const write = (message: ImportedConversation['messages'][number]) => {
    const own = planned.get(message.key) as { id: string; at: number }
    const parent = message.parentKey ? planned.get(message.parentKey) : undefined
    return ports.messages
      .create({
        id: own.id,
        conversationId: id,
        workspaceId,
        parentId: parent?.id ?? null,
        role: message.role,
        content: message.content,
        status: 'complete',
        userId,
        createdAt: new Date(own.at).toISOString(),
      })
      .catch(existing)
  }
  // One at a time: stores that order siblings by arrival keep the source's order.
  for (const message of conversation.messages) await write(message)
  return id
}

const rethrow = (error: unknown): never => {
  throw error
}
const keepExisting = (error: unknown) => {
  if (isDomainError(error) && error.code === 'resource.conflict') return undefined
  throw error
}
