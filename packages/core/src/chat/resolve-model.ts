import { DomainError, isDomainError } from '../errors'
import { withExperiment } from '../experiments/apply-experiment'
import type { Agent } from '../ports/agent-repository'
import type { ChatModel, ChatRequest, ModelProvider } from '../ports/chat-model'
import type { Conversation } from '../ports/conversation-repository'
import type { Profile, RetrievalSettings } from '../ports/profile-repository'
import { renderStoredPrompt } from '../prompts/render'
import type { ChatPorts } from './chat-ports'

/** The model that answers a conversation, with the settings its profile gives it. */
export interface ResolvedModel {
  model: ChatModel
  provider: ModelProvider
  modelId: string
  /** The profile's fallback models, tried in order when the model cannot answer. */
  fallbackModelIds: string[]
  /** Undefined when no profile applies (the runtime's default model). */
  profileId?: string
  systemPrompt: string
  temperature?: number
  topP?: number
  maxTokens?: number
  /** The conversation's agent, when it has one (its metrics count this turn). */
  agentId?: string
  /**
   * The tools this turn may call, by model-facing name (an agent's tool list). Undefined: no
   * agent decides, so tools are offered only when the message asks for them.
   */
  tools?: readonly string[]
  /** The profile's retrieval settings (none without a profile: the defaults apply). */
  retrieval?: RetrievalSettings
  /** An agent's knowledge scope: retrieval on by default, within these documents or tags. */
  knowledge?: { enabled: boolean; tags?: string[]; documentIds?: string[]; topK?: number }
  /** The A/B test variant whose overrides shaped this answer (P4, `withExperiment`). */
  experiment?: { id: string; variant: string }
}

/**
 * How a conversation is answered.
 *
 * 1. Its agent, when it has one that still exists (a deleted agent's conversations answer as
 *    if they had none): the agent's profile, system prompt, tools and knowledge scope.
 * 2. The profile: the agent's; else the conversation's (if it was deleted since, ignored); else
 *    the workspace's default; else none, and the runtime's `chat.defaultModel` answers.
 * 3. The system prompt: the agent's template (`promptId`, rendered with its variables) or its
 *    text; when the agent gives none (or there is no agent), the conversation's template
 *    (`systemPromptId`); else the profile's template (`systemPromptId`) or its text. A template
 *    deleted since falls back to the next of these; one that no longer renders with the stored
 *    variables is a 422 naming the agent, conversation or profile.
 *
 * 4. Given the asking user, a running experiment that targets the conversation's workspace,
 *    profile or agent applies the user's variant on top (`withExperiment`), recorded as
 *    `experiment` on the answer.
 *
 * The provider must be one this runtime offers, checked before anything is stored: a profile
 * naming `bedrock` on a laptop without AWS is a 422 that names both (the caller can choose
 * another profile); a runtime whose own default is not offered is misconfigured, a 503.
 */
export async function resolveModel(
  ports: Pick<ChatPorts, 'profiles' | 'chat' | 'agents' | 'prompts' | 'experiments' | 'logger'>,
  conversation: Conversation,
  userId?: string,
): Promise<ResolvedModel> {
  const resolved = await resolveWithoutExperiment(ports, conversation)
  // 4. A running experiment targeting the answer lays the user's variant over it (P4).
  return userId ? withExperiment(ports, conversation.workspaceId, userId, resolved) : resolved
}

async function resolveWithoutExperiment(
  ports: Pick<ChatPorts, 'profiles' | 'chat' | 'agents' | 'prompts'>,
  conversation: Conversation,
): Promise<ResolvedModel> {
  const agent = await agentFor(ports, conversation)
  const profile = await profileFor(ports, conversation, agent)
  const provider = profile?.provider ?? ports.chat.defaultModel.provider
  const model = ports.chat.models.forProvider(provider)
  if (!model && profile)
    throw new DomainError(
      'request.invalid',
      `The profile "${profile.name}" uses the "${provider}" model provider, which is not configured here: choose a profile with another provider.`,
      { provider, errors: [{ path: 'profileId', message: `"${provider}" is not available.` }] },
    )
  if (!model)
    throw new DomainError(
      'dependency.unavailable',
      `The default "${provider}" model provider is not configured here.`,
      { provider },
    )
  const systemPrompt = await systemPromptFor(ports, conversation, agent, profile)
  const ofAgent = agent
    ? {
        agentId: agent.id,
        tools: [...agent.tools],
        ...(agent.knowledge ? { knowledge: structuredClone(agent.knowledge) } : {}),
      }
    : {}
  if (!profile)
    return {
      model,
      provider,
      modelId: ports.chat.defaultModel.modelId,
      fallbackModelIds: [],
      systemPrompt,
      ...ofAgent,
    }
  return {
    model,
    provider,
    modelId: profile.modelId,
    fallbackModelIds: [...profile.fallbackModelIds],
    profileId: profile.id,
    retrieval: structuredClone(profile.retrieval),
    systemPrompt,
    temperature: profile.temperature,
    topP: profile.topP,
    maxTokens: profile.maxTokens,
    ...ofAgent,
  }
}

async function agentFor(
  ports: Pick<ChatPorts, 'agents'>,
  conversation: Conversation,
): Promise<Agent | undefined> {
  const { workspaceId, agentId } = conversation
  return agentId && ports.agents ? ports.agents.get(workspaceId, agentId) : undefined
}

async function profileFor(
  ports: Pick<ChatPorts, 'profiles'>,
  conversation: Conversation,
  agent: Agent | undefined,
): Promise<Profile | undefined> {
  const { workspaceId } = conversation
  for (const id of [agent?.profileId, conversation.profileId]) {
    const chosen = id ? await ports.profiles.get(workspaceId, id) : undefined
    if (chosen) return chosen
  }
  return ports.profiles.getDefault(workspaceId)
}

async function systemPromptFor(
  ports: Pick<ChatPorts, 'prompts'>,
  conversation: Conversation,
  agent: Agent | undefined,
  profile: Profile | undefined,
): Promise<string> {
  const { workspaceId } = conversation
  if (agent && (agent.promptId || agent.systemPrompt)) {
    const fromTemplate = await renderedTemplate(
      ports,
      workspaceId,
      agent.promptId,
      agent.promptVariables,
      { what: `agent "${agent.name}"`, path: 'agentId' },
    )
    return fromTemplate ?? agent.systemPrompt
  }
  const fromConversation = await renderedTemplate(
    ports,
    workspaceId,
    conversation.systemPromptId,
    conversation.systemPromptVariables,
    // The conversation's own field: PATCHing it (or its variables) is the fix.
    { what: `conversation "${conversation.title}"`, path: 'systemPromptId' },
  )
  if (fromConversation !== undefined) return fromConversation
  if (!profile) return ''
  const fromTemplate = await renderedTemplate(
    ports,
    workspaceId,
    profile.systemPromptId,
    profile.systemPromptVariables,
    { what: `profile "${profile.name}"`, path: 'profileId' },
  )
  return fromTemplate ?? profile.systemPrompt
}

/** The template rendered, or undefined without one (or when it was deleted since). */
async function renderedTemplate(
  ports: Pick<ChatPorts, 'prompts'>,
  workspaceId: string,
  promptId: string | undefined,
  variables: Record<string, unknown> | undefined,
  owner: { what: string; path: string },
): Promise<string | undefined> {
  if (!promptId || !ports.prompts) return undefined
  try {
    return await renderStoredPrompt({ prompts: ports.prompts }, workspaceId, promptId, variables)
  } catch (error) {
    if (isDomainError(error) && error.code === 'resource.notFound') return undefined
    if (!isDomainError(error) || error.code !== 'request.invalid') throw error
    const message = `The system prompt template of the ${owner.what} no longer renders: ${error.message}`
    throw new DomainError('request.invalid', message, {
      errors: [{ path: owner.path, message }],
    })
  }
}

export function requestFor(
  resolved: ResolvedModel,
  parts: Pick<ChatRequest, 'system' | 'messages' | 'signal' | 'maxTokens' | 'temperature'>,
): ChatRequest {
  const { temperature, topP, maxTokens, fallbackModelIds } = resolved
  return {
    modelId: resolved.modelId,
    ...(temperature === undefined ? {} : { temperature }),
    ...(topP === undefined ? {} : { topP }),
    ...(maxTokens === undefined ? {} : { maxTokens }),
    ...(fallbackModelIds.length > 0 ? { fallbackModelIds } : {}),
    ...stripUndefined(parts),
  }
}

const stripUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
