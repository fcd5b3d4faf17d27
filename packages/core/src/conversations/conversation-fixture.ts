import type { Acting } from '../audit/acting'
import type { Conversation } from '../ports/conversation-repository'
import type { Message } from '../ports/message-repository'
import { team } from '../workspaces/team-fixture'
import { createConversation } from './write-conversations'

/**
 * The team of the workspace tests, with helpers that write messages straight into the in-memory
 * stores, so branch and fork tests can build exact trees without the answer engine.
 */
export async function chatTeam() {
  const t = await team()
  const ownerActs = await t.as(t.owner)
  let made = 0

  /** A message under `parent` (null for a first message); ids sort in the order they are made. */
  async function say(
    conversation: Conversation,
    parent: Message | null,
    role: Message['role'],
    content: string,
    extra: Partial<Message> = {},
  ): Promise<Message> {
    made += 1
    return t.messages.create({
      id: `msg_${String(made).padStart(4, '0')}`,
      conversationId: conversation.id,
      workspaceId: conversation.workspaceId,
      parentId: parent?.id ?? null,
      role,
      content,
      status: 'complete',
      userId: conversation.userId,
      ...extra,
    })
  }

  /** Points the conversation at `leaf`, as the answer engine does after each turn. */
  const showing = (conversation: Conversation, leaf: Message) =>
    t.conversations.update(conversation.workspaceId, conversation.id, { activeLeafId: leaf.id })

  /**
   * A conversation of `acting`'s with this tree (the active path is the edited second turn):
   *
   *     u1 ─ a1 ─ u2  ─ a2
   *        │    └ u2b ─ a2b   (active leaf)
   *        └ a1b              (a regenerated first answer)
   */
  async function branched(acting: Acting = ownerActs, title = 'Trip to Lisbon') {
    const conversation = await createConversation(t, acting, { title })
    const u1 = await say(conversation, null, 'user', 'Plan a trip to Lisbon')
    const a1 = await say(conversation, u1, 'assistant', 'Day 1: Alfama')
    const u2 = await say(conversation, a1, 'user', 'And day 2?')
    const a2 = await say(conversation, u2, 'assistant', 'Day 2: Belém')
    const u2b = await say(conversation, a1, 'user', 'And day two, cheaply?')
    const a2b = await say(conversation, u2b, 'assistant', 'Day 2: free museums')
    const a1b = await say(conversation, u1, 'assistant', 'Day 1: Baixa')
    const shown = await showing(conversation, a2b)
    return { conversation: shown, u1, a1, u2, a2, u2b, a2b, a1b }
  }

  return { ...t, ownerActs, say, showing, branched }
}
