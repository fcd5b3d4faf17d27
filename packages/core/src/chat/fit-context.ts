import type { ChatMessage } from '../ports/chat-model'
import type { Conversation, ConversationMemory } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'
import { branchTo, toChatMessages } from './conversation-path'
import type { ResolvedModel } from './resolve-model'
import { memorySection, summarizeTurns } from './summarize'
import { estimateMessageTokens, estimateTokens, inputBudget } from './token-budget'

export interface FittedContext {
  system?: string
  messages: ChatMessage[]
  /** A new memory to save: set when older turns were summarized for this turn. */
  memory?: ConversationMemory
}

const sum = (turns: readonly Pick<Message, 'content'>[]) =>
  turns.reduce((total, turn) => total + estimateMessageTokens(turn), 0)

/**
 * The context of a turn: the branch from the root to `userMessage`, fitted to the input budget
 * (`inputBudget(window, maxTokens)`, tokens estimated by `estimateTokens`). The rule:
 *
 * 1. The conversation's memory applies when the turn it runs through is on this branch; the
 *    turns up to it are then not sent again.
 * 2. System prompt + memory + every remaining turn fit: send them as they are.
 * 3. Otherwise keep the newest turns that fit in the budget less a quarter kept for the memory,
 *    starting with a user turn; the older ones (with the memory they extend) are summarized by
 *    the model into a new memory of at most that quarter, sent in front of the system prompt
 *    now and saved for later turns. The new user turn is always sent whole.
 * 4. A failed summary (not an abort) leaves the old memory as it was: this turn then goes with
 *    the turns that fit and without the ones that did not.
 *
 * With `memoryWindow` (the user's preference) only the newest that many earlier messages are
 * read, and those that fit are sent (starting with a user turn): no memory is sent or made.
 */
export async function fitContext(
  ports: { messages: Pick<MessageRepository, 'get'> },
  input: {
    conversation: Conversation
    userMessage: Message
    resolved: ResolvedModel
    window: number
    /** At most this many earlier messages, and no memory (the user's preference). */
    memoryWindow?: number
    signal?: AbortSignal
  },
): Promise<FittedContext> {
  const { conversation, userMessage, resolved } = input
  const at = { workspaceId: conversation.workspaceId, conversationId: conversation.id }
  if (input.memoryWindow !== undefined)
    return windowed(ports, { ...input, memoryWindow: input.memoryWindow }, at)
  const held = conversation.memory
  const branch = await branchTo(ports.messages, at, userMessage.parentId, held?.throughMessageId)
  const memory = branch.reachedStop ? held : undefined
  const budget = inputBudget(input.window, resolved.maxTokens)
  const fixed = estimateTokens(resolved.systemPrompt) + estimateMessageTokens(userMessage)
  const memoryTokens = memory ? estimateTokens(memorySection(memory.summary)) : 0
  const context = (summary: string | undefined, turns: readonly Message[]) => ({
    ...systemOf(summary, resolved.systemPrompt),
    messages: toChatMessages([...turns, userMessage]),
  })
  if (fixed + memoryTokens + sum(branch.turns) <= budget)
    return context(memory?.summary, branch.turns)

  const allowance = Math.floor(budget / 4)
  const split = splitNewest(branch.turns, budget - fixed - allowance)
  const newest = split.dropped.at(-1)
  if (!newest) return context(memory?.summary, split.kept)
  const summary = await summarizeOrNot(resolved, {
    ...(memory ? { previous: memory.summary } : {}),
    turns: toChatMessages(split.dropped),
    maxTokens: allowance,
    maxInputChars: budget * 4,
    ...(input.signal ? { signal: input.signal } : {}),
  })
  if (!summary) return context(memory?.summary, split.kept)
  // A model that ignores maxTokens must not crowd the turns out: cut to the allowance.
  const kept = summary.slice(0, allowance * 4)
  return {
    ...context(kept, split.kept),
    memory: { summary: kept, throughMessageId: newest.id, tokens: estimateTokens(kept) },
  }
}

/** A user's memory window: the newest earlier messages up to it that fit, and no memory. */
async function windowed(
  ports: { messages: Pick<MessageRepository, 'get'> },
  input: Parameters<typeof fitContext>[1] & { memoryWindow: number },
  at: { workspaceId: string; conversationId: string },
): Promise<FittedContext> {
  const { userMessage, resolved } = input
  const branch = await branchTo(ports.messages, at, userMessage.parentId, undefined, {
    maxTurns: input.memoryWindow,
  })
  const budget = inputBudget(input.window, resolved.maxTokens)
  const fixed = estimateTokens(resolved.systemPrompt) + estimateMessageTokens(userMessage)
  const { kept } = splitNewest(branch.turns, budget - fixed)
  return {
    ...systemOf(undefined, resolved.systemPrompt),
    messages: toChatMessages([...kept, userMessage]),
  }
}

/** The summary, or undefined when the model failed or said nothing; an abort propagates. */
async function summarizeOrNot(...args: Parameters<typeof summarizeTurns>) {
  try {
    return (await summarizeTurns(...args)) || undefined
  } catch {
    args[1].signal?.throwIfAborted()
    return undefined
  }
}

/** The newest turns fitting `room` tokens (starting with a user turn), and the older ones. */
function splitNewest(turns: readonly Message[], room: number) {
  let start = turns.length
  let used = 0
  while (start > 0) {
    const cost = estimateMessageTokens(turns[start - 1] as Message)
    if (used + cost > room) break
    used += cost
    start -= 1
  }
  while (start < turns.length && turns[start]?.role !== 'user') start += 1
  return { kept: turns.slice(start), dropped: turns.slice(0, start) }
}

function systemOf(summary: string | undefined, prompt: string): { system?: string } {
  const parts = [summary ? memorySection(summary) : '', prompt].filter((part) => part !== '')
  return parts.length > 0 ? { system: parts.join('\n\n') } : {}
}
