import type { Acting } from '../audit/acting'
import type { ChatPorts } from '../chat/chat-ports'
import { type ResolvedModel, resolveModel } from '../chat/resolve-model'
import { DomainError } from '../errors'
import type { Conversation } from '../ports/conversation-repository'
import { defaultModelName, unknownModel } from './completion-models'

/**
 * The model that answers a completion named `model`: `default` (the workspace's default
 * profile, else the runtime's model), a profile's id, or an agent's id (its profile, system
 * prompt and knowledge scope). Resolution is the conversation turn's own (`resolveModel`, with
 * any running experiment), over a conversation that exists only for this call and is never
 * stored. An unknown id is a 404; the embedding model's id a 422.
 */
export async function resolveCompletionModel(
  ports: Pick<ChatPorts, 'profiles' | 'chat' | 'agents' | 'prompts' | 'experiments' | 'logger'> & {
    knowledge?: { embedder: { modelId: string } }
  },
  acting: Pick<Acting, 'access' | 'now'>,
  input: { id: string; model: string },
): Promise<ResolvedModel> {
  const { workspaceId, principal } = acting.access
  const named = await namedModel(ports, workspaceId, input.model)
  const at = acting.now.toISOString()
  const conversation: Conversation = {
    id: input.id,
    workspaceId,
    userId: principal.userId,
    title: 'Chat completion',
    ...named,
    archived: false,
    messageCount: 0,
    lastActivityAt: at,
    createdAt: at,
    updatedAt: at,
  }
  return resolveModel(ports, conversation, principal.userId)
}

async function namedModel(
  ports: Pick<ChatPorts, 'profiles' | 'agents'> & { knowledge?: { embedder: { modelId: string } } },
  workspaceId: string,
  model: string,
): Promise<{ profileId?: string; agentId?: string }> {
  if (model === defaultModelName) return {}
  if (await ports.profiles.get(workspaceId, model)) return { profileId: model }
  if (ports.agents && (await ports.agents.get(workspaceId, model))) return { agentId: model }
  if (model === ports.knowledge?.embedder.modelId)
    throw new DomainError(
      'request.invalid',
      `"${model}" is an embedding model: use it with POST /v1/embeddings.`,
      { errors: [{ path: 'model', message: 'Not a chat model.' }] },
    )
  throw unknownModel(model)
}
