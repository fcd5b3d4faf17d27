import type { ChatMessage } from '../ports/chat-model'
import { type ResolvedModel, requestFor } from './resolve-model'

/** The system prompt of the summarization call; tests recognise that call by it. */
export const summaryInstruction =
  'You maintain the memory of a long conversation. Summarize the transcript below for your own ' +
  'later use: keep names, facts, numbers, decisions, open questions and what the user wants; ' +
  'drop pleasantries. Write plain prose in the language of the conversation. Reply with the ' +
  'summary only.'

/** How the memory is put in front of a turn's system prompt. */
export const memoryHeading = 'Summary of the earlier conversation (those turns are not repeated):'

/**
 * Summarizes `turns` (and the memory they extend) with the conversation's own model, collecting
 * the streamed text: one call, no tools, temperature 0, at most `maxTokens` of summary. The
 * transcript is cut from its oldest end to `maxInputChars`, so a first summary of a long history
 * still fits the model's window.
 */
export async function summarizeTurns(
  resolved: ResolvedModel,
  input: {
    previous?: string
    turns: readonly ChatMessage[]
    maxTokens: number
    maxInputChars: number
    signal?: AbortSignal
  },
): Promise<string> {
  const lines = input.turns.map(
    (turn) => `${turn.role === 'user' ? 'User' : 'Assistant'}: ${turn.content}`,
  )
  const transcript = [
    ...(input.previous ? [`Earlier summary: ${input.previous}`] : []),
    ...lines,
  ].join('\n\n')
  const request = requestFor(resolved, {
    system: summaryInstruction,
    messages: [{ role: 'user', content: transcript.slice(-input.maxInputChars) }],
    maxTokens: input.maxTokens,
    temperature: 0,
    signal: input.signal,
  })
  let text = ''
  for await (const event of resolved.model.stream(request))
    if (event.type === 'delta') text += event.text
  return text.trim()
}

export const memorySection = (summary: string) => `${memoryHeading}\n${summary}`
