import { DomainError } from '../errors'
import type { ChatModel, ChatRequest, ModelProvider } from '../ports/chat-model'
import type { Conversation } from '../ports/conversation-repository'
import type { Profile } from '../ports/profile-repository'
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
}

/**
 * The conversation's profile; if it has none (or it was deleted since), the workspace's default
 * profile; if the workspace has no profiles, the runtime's `chat.defaultModel`. The provider
 * must be one this runtime offers, checked before anything is stored: a profile naming
 * `bedrock` on a laptop without AWS is a 422 that names both (the caller can choose another
 * profile); a runtime whose own default is not offered is misconfigured, a 503.
 */
export async function resolveModel(
  ports: Pick<ChatPorts, 'profiles' | 'chat'>,
  conversation: Conversation,
): Promise<ResolvedModel> {
  const profile = await profileFor(ports, conversation)
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
  if (!profile)
    return {
      model,
      provider,
      modelId: ports.chat.defaultModel.modelId,
      fallbackModelIds: [],
      systemPrompt: '',
    }
  return {
    model,
    provider,
    modelId: profile.modelId,
    fallbackModelIds: [...profile.fallbackModelIds],
    profileId: profile.id,
    systemPrompt: profile.systemPrompt,
    temperature: profile.temperature,
    topP: profile.topP,
    maxTokens: profile.maxTokens,
  }
}

async function profileFor(
  ports: Pick<ChatPorts, 'profiles'>,
  conversation: Conversation,
): Promise<Profile | undefined> {
  const { workspaceId, profileId } = conversation
  const chosen = profileId ? await ports.profiles.get(workspaceId, profileId) : undefined
  return chosen ?? (await ports.profiles.getDefault(workspaceId))
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
