import { defaultConversationTitle } from '../conversations/conversation-rules'
import { newId } from '../ids'
import type { ChatRequest } from '../ports/chat-model'
import type { ProfileSettings } from '../ports/profile-repository'
import { profileDefaults } from '../profiles/profile-rules'
import { resolverOf, type Script, ScriptedChatModel } from '../testing'
import { team } from '../workspaces/team-fixture'
import type { AnswerEvent } from './answer-events'
import type { ChatEngineSettings, ChatPorts, ChatTuning } from './chat-ports'

export interface ChatWorldOptions {
  script?: (request: ChatRequest) => Script
  /** The provider the scripted model answers for; `local` by default. */
  provider?: 'local' | 'bedrock'
  chat?: Partial<ChatEngineSettings>
  tuning?: Partial<ChatTuning>
}

/**
 * The team of the workspace tests with the answer engine's ports: in-memory stores, a scripted
 * model, and an empty conversation of the owner's.
 */
export async function chatWorld(options: ChatWorldOptions = {}) {
  const t = await team()
  const model = new ScriptedChatModel(options.provider ?? 'local', options.script)
  const ports: ChatPorts = {
    conversations: t.conversations,
    messages: t.messages,
    profiles: t.profiles,
    chat: {
      models: resolverOf({ [options.provider ?? 'local']: model }),
      defaultModel: { provider: 'local', modelId: 'local' },
      ...options.chat,
    },
    chatTuning: { flushEveryMs: 10, pollIntervalMs: 5, ...options.tuning },
  }
  const ownerActs = await t.as(t.owner)

  /** A new empty conversation of the owner's (or of `userId`'s). */
  const startConversation = (
    extra: { profileId?: string; userId?: string; agentId?: string } = {},
  ) =>
    t.conversations.create({
      id: newId('cnv'),
      workspaceId: t.workspace.id,
      userId: extra.userId ?? t.owner.id,
      title: defaultConversationTitle,
      ...(extra.profileId ? { profileId: extra.profileId } : {}),
      ...(extra.agentId ? { agentId: extra.agentId } : {}),
      archived: false,
      messageCount: 0,
      lastActivityAt: t.now.toISOString(),
    })

  /** A profile of the team workspace (the first one made becomes its default). */
  const profile = (settings: Partial<ProfileSettings> = {}) =>
    t.profiles.create({
      ...profileDefaults,
      retrieval: { ...profileDefaults.retrieval },
      fallbackModelIds: [],
      name: 'Test profile',
      provider: 'local',
      modelId: 'local',
      ...settings,
      id: newId('prf'),
      workspaceId: t.workspace.id,
    })

  const conversation = await startConversation()
  return { ...t, model, ports, ownerActs, conversation, startConversation, profile }
}

/** Every event of a stream, in order. */
export async function drain(events: AsyncIterable<AnswerEvent>): Promise<AnswerEvent[]> {
  const out: AnswerEvent[] = []
  for await (const event of events) out.push(event)
  return out
}

/** The text of a stream's deltas, joined. */
export const textOf = (events: readonly AnswerEvent[]) =>
  events.map((event) => (event.type === 'delta' ? event.data.text : '')).join('')

/** The `message.end` message of a stream (fails the test when there is none). */
export function endOf(events: readonly AnswerEvent[]) {
  const end = events.at(-1)
  if (end?.type !== 'message.end') throw new Error(`The stream ended with ${end?.type}`)
  return end.data.message
}

/** The `message.start` data of a stream. */
export function startOf(events: readonly AnswerEvent[]) {
  const start = events[0]
  if (start?.type !== 'message.start') throw new Error(`The stream began with ${start?.type}`)
  return start.data
}
