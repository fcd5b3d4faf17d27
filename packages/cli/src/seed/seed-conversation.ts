import type { ChatterClient } from '@chatter/sdk'
import { demoConversation } from './content'
import type { SeedLedger } from './ledger'

/**
 * The welcome conversation with the agent, its first question answered (from the demo
 * documents, with citations). One of that title with messages already is left as it is; one
 * left empty by an interrupted run gets its question now.
 */
export async function ensureConversation(
  chatter: ChatterClient,
  agentId: string,
  ledger: SeedLedger,
): Promise<{ id: string; answer?: string }> {
  const { title, question } = demoConversation
  let found: { id: string; messageCount: number } | undefined
  for await (const conversation of chatter.paginate('/v1/conversations', { query: { q: title } }))
    if (conversation.title === title) {
      found = conversation
      break
    }
  if (found && found.messageCount > 0) {
    ledger.note('conversation', title, found.id, false)
    return { id: found.id }
  }
  const id =
    found?.id ??
    (await chatter.unwrap(chatter.api.POST('/v1/conversations', { body: { title, agentId } }))).id
  ledger.tell(`asking "${question}"...`)
  const turn = await chatter.unwrap(
    chatter.api.POST('/v1/conversations/{id}/messages', {
      params: { path: { id } },
      body: { content: question },
    }),
  )
  ledger.note('conversation', title, id, found === undefined)
  // Without `Accept: text/event-stream` the answer is the JSON turn, never the event stream.
  return { id, answer: typeof turn === 'string' ? undefined : turn.assistantMessage.content }
}
