import type { ChatMessage, ChatToolCall } from '@chatter/core'

/** What a message asks of the offered tools: the calls, or why its arguments could not be read. */
export type ToolRequests =
  | { calls: ChatToolCall[] }
  | { invalid: { name: string; reason: string } }
  | undefined

// `use <tool> {json}` or `call <tool> with {json}`; the keywords in any case, the name exact.
const REQUEST =
  /\b(?:[Uu][Ss][Ee]\s+([A-Za-z0-9_-]{1,64})|[Cc][Aa][Ll][Ll]\s+([A-Za-z0-9_-]{1,64})\s+with)\s*(?=\{)/g

/**
 * The tool calls a user message asks for, in order: each `use <tool> {json}` or
 * `call <tool> with {json}` naming an offered tool (exactly, case-sensitive). The JSON is the
 * balanced `{...}` that follows; one that does not parse makes the whole message `invalid`.
 */
export function toolRequestsIn(text: string, offered: readonly string[]): ToolRequests {
  const names = new Set(offered)
  const calls: ChatToolCall[] = []
  for (const match of text.matchAll(REQUEST)) {
    const name = match[1] ?? match[2] ?? ''
    if (!names.has(name)) continue
    const start = (match.index ?? 0) + match[0].length
    const json = balancedObject(text, start)
    try {
      calls.push({ id: `toolu_local_${calls.length + 1}`, name, input: JSON.parse(json) })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { invalid: { name, reason } }
    }
  }
  return calls.length > 0 ? { calls } : undefined
}

/** The text from `start` (a `{`) to its matching `}`, strings respected; to the end if unclosed. */
function balancedObject(text: string, start: number): string {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return text.slice(start)
}

/**
 * The answer to a round of tool results: one line per result, naming its tool (found among the
 * previous assistant turn's calls).
 */
export function answerFromToolResults(messages: readonly ChatMessage[]): string | undefined {
  const last = messages.at(-1)
  if (last?.role !== 'user' || !last.toolResults?.length) return undefined
  const calls = messages.findLast((m) => m.role === 'assistant' && m.toolCalls)?.toolCalls ?? []
  return last.toolResults
    .map((result) => {
      const name = calls.find((call) => call.id === result.id)?.name ?? 'the tool'
      return result.isError
        ? `[local model] ${name} failed: ${result.content}`
        : `[local model] ${name} returned: ${result.content}`
    })
    .join('\n')
}
