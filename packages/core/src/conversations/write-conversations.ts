import { recordAgentConversation } from '../agents/metrics'
import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { newId } from '../ids/ids'
import type { AgentRepository } from '../ports/agent-repository'
import type {
  Conversation,
  ConversationChanges,
  ConversationRepository,
} from '../ports/conversation-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import {
  callerOf,
  checkedTitle,
  defaultConversationTitle,
  invalidField,
  ownConversation,
} from './conversation-rules'

export interface ConversationWritePorts {
  conversations: Pick<ConversationRepository, 'create' | 'get' | 'update' | 'delete'>
  profiles: Pick<ProfileRepository, 'get'>
  /** Agents a conversation can be started with (and whose conversations are counted). */
  agents: Pick<AgentRepository, 'get' | 'addMetrics'>
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
}

/** What a conversation's owner may change; `profileId: null` goes back to the default profile. */
export interface ConversationPatch {
  title?: string
  archived?: boolean
  profileId?: string | null
}

async function checkProfile(ports: ConversationWritePorts, workspaceId: string, id: string) {
  if (!(await ports.profiles.get(workspaceId, id)))
    throw invalidField('profileId', 'No such profile in this workspace.')
}

/**
 * Starts an empty conversation for the caller (`write`). A profile, when named, must be one of
 * the workspace's (422 naming `profileId` otherwise); without one, answers use the default.
 * An agent, when named, must be one of the workspace's (422 naming `agentId`): its answers then
 * use the agent's prompt, profile, tools and knowledge (see `resolveModel`), and the agent's
 * metrics count the conversation. To find the agent for a first message, `routeToAgent`.
 * @example await createConversation(deps, acting, { title: 'Q3 budget', agentId: 'agt_...' })
 */
export async function createConversation(
  ports: ConversationWritePorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { title?: string; profileId?: string; agentId?: string },
): Promise<Conversation> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const title = input.title === undefined ? defaultConversationTitle : checkedTitle(input.title)
  if (input.profileId !== undefined) await checkProfile(ports, workspaceId, input.profileId)
  const { agentId } = input
  if (agentId !== undefined && !(await ports.agents.get(workspaceId, agentId)))
    throw invalidField('agentId', 'No such agent in this workspace.')
  const conversation = await ports.conversations.create({
    id: newId('cnv'),
    workspaceId,
    userId: callerOf(acting),
    title,
    ...(input.profileId === undefined ? {} : { profileId: input.profileId }),
    ...(agentId === undefined ? {} : { agentId }),
    archived: false,
    messageCount: 0,
    lastActivityAt: acting.now.toISOString(),
  })
  if (agentId !== undefined) await recordAgentConversation(ports, { workspaceId, agentId })
  return conversation
}

/**
 * Renames, archives or unarchives one of the caller's conversations, or changes its profile
 * (`write`). Stores only what differs; a patch that changes nothing stores nothing.
 */
export async function updateConversation(
  ports: ConversationWritePorts,
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; patch: ConversationPatch },
): Promise<Conversation> {
  assertPermission(acting.access, 'write')
  const current = await ownConversation(ports.conversations, acting, input.conversationId)
  const { title, archived, profileId } = input.patch
  const changes: ConversationChanges = {}
  if (title !== undefined && checkedTitle(title) !== current.title)
    changes.title = checkedTitle(title)
  if (archived !== undefined && archived !== current.archived) changes.archived = archived
  if (profileId !== undefined && (profileId ?? undefined) !== current.profileId) {
    if (profileId !== null) await checkProfile(ports, current.workspaceId, profileId)
    // An undefined value in the changes removes the stored profile.
    changes.profileId = profileId ?? undefined
  }
  if (Object.keys(changes).length === 0) return current
  return ports.conversations.update(current.workspaceId, current.id, changes)
}

/**
 * Deletes one of the caller's conversations with all its messages (and their stored contents)
 * and saved stream deltas (`write`), answering what it deleted.
 */
export async function deleteConversation(
  ports: ConversationWritePorts,
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string },
): Promise<{ conversationId: string; messages: number }> {
  assertPermission(acting.access, 'write')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  return ports.conversations.delete(conversation.workspaceId, conversation.id)
}
