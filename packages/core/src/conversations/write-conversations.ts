import { recordAgentConversation } from '../agents/metrics'
import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import { platformEvent, publishQuietly } from '../events/publish'
import { newId } from '../ids/ids'
import type { AgentRepository } from '../ports/agent-repository'
import type {
  Conversation,
  ConversationChanges,
  ConversationRepository,
} from '../ports/conversation-repository'
import type { PlatformEvents } from '../ports/platform-events'
import type { PreferenceRepository } from '../ports/preference-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import { type SystemPromptTemplate, systemPromptTemplateProblems } from '../profiles/profile-rules'
import { checkSystemPromptTemplate } from '../profiles/write-profiles'
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
  /** To check a `systemPromptId` names a prompt of the workspace that renders. */
  prompts: Pick<PromptRepository, 'get'>
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
  /** Told `conversation.created`. */
  events?: PlatformEvents
  /** The caller's preferences: their `defaultProfileId` for a conversation that names none. */
  preferences?: Pick<PreferenceRepository, 'get'>
}

/** What a new conversation may say; everything is optional. */
export interface NewConversationInput extends SystemPromptTemplate {
  title?: string
  profileId?: string
  agentId?: string
}

/**
 * What a conversation's owner may change. `profileId: null` goes back to the default profile;
 * `systemPromptId: null` drops the template with its variables, `systemPromptVariables: null`
 * only the variables (given ones replace the whole set).
 */
export interface ConversationPatch {
  title?: string
  archived?: boolean
  profileId?: string | null
  systemPromptId?: string | null
  systemPromptVariables?: SystemPromptTemplate['systemPromptVariables'] | null
}

async function checkProfile(ports: ConversationWritePorts, workspaceId: string, id: string) {
  if (!(await ports.profiles.get(workspaceId, id)))
    throw invalidField('profileId', 'No such profile in this workspace.')
}

/** The same checks as a profile's template: its shape, then that it exists and renders. */
async function checkTemplate(
  ports: ConversationWritePorts,
  workspaceId: string,
  template: SystemPromptTemplate,
) {
  const errors = systemPromptTemplateProblems(template)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The system prompt template is invalid.',
      { errors },
    )
  await checkSystemPromptTemplate(ports, workspaceId, template)
}

/** The template fields that are set, to spread into a conversation. */
const templateOf = ({ systemPromptId, systemPromptVariables }: SystemPromptTemplate) => ({
  ...(systemPromptId === undefined ? {} : { systemPromptId }),
  ...(systemPromptVariables === undefined
    ? {}
    : { systemPromptVariables: { ...systemPromptVariables } }),
})

/** The caller's preferred default profile, when it is one of this workspace's (else ignored). */
async function preferredProfile(
  ports: ConversationWritePorts,
  acting: Pick<Acting, 'access'>,
): Promise<string | undefined> {
  const { principal, workspaceId } = acting.access
  const id = ports.preferences && (await ports.preferences.get(principal.userId))?.defaultProfileId
  return id && (await ports.profiles.get(workspaceId, id)) ? id : undefined
}

/**
 * Starts an empty conversation for the caller (`write`). A profile, when named, must be one of
 * the workspace's (422 naming `profileId` otherwise); without one, the caller's preferred
 * `defaultProfileId` when the workspace has that profile, else answers use the default.
 * A system prompt template (`systemPromptId`, with `systemPromptVariables`) is checked as a
 * profile's is (422 at `systemPromptId` / `systemPromptVariables.<name>`) and then answers in
 * place of the profile's system prompt.
 * An agent, when named, must be one of the workspace's (422 naming `agentId`): its answers then
 * use the agent's prompt, profile, tools and knowledge (see `resolveModel`), and the agent's
 * metrics count the conversation. To find the agent for a first message, `routeToAgent`.
 * @example await createConversation(deps, acting, { title: 'Q3 budget', agentId: 'agt_...' })
 */
export async function createConversation(
  ports: ConversationWritePorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: NewConversationInput,
): Promise<Conversation> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const title = input.title === undefined ? defaultConversationTitle : checkedTitle(input.title)
  if (input.profileId !== undefined) await checkProfile(ports, workspaceId, input.profileId)
  const profileId = input.profileId ?? (await preferredProfile(ports, acting))
  const { agentId } = input
  if (agentId !== undefined && !(await ports.agents.get(workspaceId, agentId)))
    throw invalidField('agentId', 'No such agent in this workspace.')
  const template = templateOf(input)
  await checkTemplate(ports, workspaceId, template)
  const conversation = await ports.conversations.create({
    id: newId('cnv'),
    workspaceId,
    userId: callerOf(acting),
    title,
    ...(profileId === undefined ? {} : { profileId }),
    ...(agentId === undefined ? {} : { agentId }),
    ...template,
    archived: false,
    messageCount: 0,
    lastActivityAt: acting.now.toISOString(),
  })
  if (agentId !== undefined) await recordAgentConversation(ports, { workspaceId, agentId })
  await publishQuietly(
    ports.events,
    platformEvent(
      'conversation.created',
      workspaceId,
      {
        conversationId: conversation.id,
        userId: conversation.userId,
        ...(conversation.profileId ? { profileId: conversation.profileId } : {}),
        ...(conversation.agentId ? { agentId: conversation.agentId } : {}),
      },
      acting.now,
    ),
    ports.logger,
  )
  return conversation
}

/**
 * Renames, archives or unarchives one of the caller's conversations, or changes its profile or
 * system prompt template (`write`). A changed template is checked as a whole, as at creation.
 * Stores only what differs; a patch that changes nothing stores nothing.
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
  Object.assign(changes, await templateChanges(ports, current, input.patch))
  if (Object.keys(changes).length === 0) return current
  return ports.conversations.update(current.workspaceId, current.id, changes)
}

/**
 * The template fields the patch changes (an undefined value removes one), checked when any does.
 * Clearing the template clears its variables too.
 */
async function templateChanges(
  ports: ConversationWritePorts,
  current: Conversation,
  patch: ConversationPatch,
): Promise<ConversationChanges> {
  const { systemPromptId: id, systemPromptVariables: variables } = patch
  const merged = templateOf({
    systemPromptId: id === undefined ? current.systemPromptId : (id ?? undefined),
    systemPromptVariables:
      id === null
        ? undefined
        : variables === undefined
          ? current.systemPromptVariables
          : (variables ?? undefined),
  })
  const changes: ConversationChanges = {}
  for (const key of ['systemPromptId', 'systemPromptVariables'] as const)
    if (JSON.stringify(merged[key]) !== JSON.stringify(current[key]))
      Object.assign(changes, { [key]: merged[key] })
  if (Object.keys(changes).length > 0) await checkTemplate(ports, current.workspaceId, merged)
  return changes
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
