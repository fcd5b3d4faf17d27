import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { AgentRepository } from '../ports/agent-repository'
import type { ChatModelResolver, ModelProvider } from '../ports/chat-model'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { ExperimentRepository } from '../ports/experiment-repository'
import type { MessageRepository } from '../ports/message-repository'
import type { PlatformEvents } from '../ports/platform-events'
import type { PreferenceRepository } from '../ports/preference-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import type { ToolServices } from '../tool-servers/tool-services'
import type { PriceTable } from './prices'

/** How answers are produced in a runtime: the API's `chat` dependency has this shape. */
export interface ChatEngineSettings {
  models: ChatModelResolver
  /** Used when a conversation has no profile and its workspace has no default profile. */
  defaultModel: { provider: ModelProvider; modelId: string }
  /** USD per million tokens by model id, merged over the built-in table (`builtInPrices`). */
  prices?: PriceTable
  /**
   * The context window assumed for every model, overriding the known windows (`contextWindowOf`):
   * a smaller one makes memory summarization start sooner and keeps each turn cheaper.
   */
  contextWindowTokens?: number
}

/** Timings of the engine; the defaults suit production, tests shorten them. */
export interface ChatTuning {
  /** How long saved stream deltas stay resumable. */
  deltaTtlSeconds: number
  /** Save the buffered deltas once this many are waiting... */
  flushEveryDeltas: number
  /** ...or once the oldest has waited this long. */
  flushEveryMs: number
  /** How often a resumed stream looks for news of an answer another instance is writing. */
  pollIntervalMs: number
  /** How long a resumed stream waits for such an answer before giving up. */
  resumeTimeoutMs: number
}

export const defaultChatTuning: ChatTuning = {
  deltaTtlSeconds: 3600,
  flushEveryDeltas: 10,
  flushEveryMs: 250,
  pollIntervalMs: 250,
  resumeTimeoutMs: 60_000,
}

/** What the answer engine needs; `AppDependencies` satisfies it as is. */
export interface ChatPorts {
  conversations: ConversationRepository
  messages: MessageRepository
  profiles: Pick<ProfileRepository, 'get' | 'getDefault'>
  chat: ChatEngineSettings
  chatTuning?: Partial<ChatTuning>
  /** The workspace's documents: answers that cite retrieve passages from them (`retrieval`). */
  knowledge?: KnowledgePorts
  /** The workspace's agents: a conversation with one answers with its settings (`resolveModel`). */
  agents?: Pick<AgentRepository, 'get' | 'addMetrics'>
  /** Prompt templates, rendered as an agent's or a profile's system prompt. */
  prompts?: Pick<PromptRepository, 'get' | 'countUse'>
  /**
   * The tools answers may call (the workspace's catalog), the call log and the limits; without
   * them no answer calls tools.
   */
  tools?: Pick<ToolServices, 'catalog' | 'calls' | 'settings'>
  /**
   * The users' preferences (`turnPreferencesOf`): their memory window, tools on or off and
   * answer language; without them every user gets the defaults.
   */
  preferences?: Pick<PreferenceRepository, 'get'>
  /** A/B tests: a running experiment's variant shapes the answers it targets (`withExperiment`). */
  experiments?: Pick<ExperimentRepository, 'running' | 'assignment' | 'assign' | 'addCounters'>
  /** Where a failed retrieval is reported (the answer goes on without passages). */
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
  /** Told `message.created` when an answer is saved (usage counters, webhooks, experiments). */
  events?: PlatformEvents
}

export const tuningOf = (ports: Pick<ChatPorts, 'chatTuning'>): ChatTuning => ({
  ...defaultChatTuning,
  ...ports.chatTuning,
})
