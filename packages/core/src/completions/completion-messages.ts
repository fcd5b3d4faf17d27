import { DomainError } from '../errors'
import type { ChatMessage, ChatToolCall } from '../ports/chat-model'
import type { ToolSpec } from '../ports/tools'
import type { OpenAIContent, OpenAIMessage, OpenAITool, OpenAIToolChoice } from './openai-types'

/** What the model reads of an OpenAI conversation: the callers' system text and the turns. */
export interface MappedConversation {
  /** The system and developer messages' text, in order (joined under the model's own prompt). */
  system: string[]
  messages: ChatMessage[]
}

const invalid = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })

/**
 * Maps OpenAI messages onto the ChatModel port's turns:
 *
 * - `system` and `developer` messages become system text, wherever they stand;
 * - `assistant` messages keep their text and `tool_calls` (arguments parsed: JSON objects);
 * - `tool` messages become `toolResults` of a user turn (consecutive ones share that turn);
 * - turns of the same role that follow each other are merged (text on new paragraphs), since
 *   models expect user and assistant to alternate.
 *
 * A part other than text (an image, audio, a file) is a 422: only text is supported.
 * @example chatMessagesOf([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }])
 * // { system: ['Be brief.'], messages: [{ role: 'user', content: 'Hi' }] }
 */
export function chatMessagesOf(input: readonly OpenAIMessage[]): MappedConversation {
  const system: string[] = []
  const messages: ChatMessage[] = []
  input.forEach((message, i) => {
    const path = `messages.${i}`
    const text = textOf(message.content ?? null, `${path}.content`)
    if (message.role === 'system' || message.role === 'developer') {
      if (text) system.push(text)
    } else if (message.role === 'user') append(messages, { role: 'user', content: text })
    else if (message.role === 'tool')
      append(messages, {
        role: 'user',
        content: '',
        toolResults: [{ id: message.tool_call_id, content: text, isError: false }],
      })
    else {
      const toolCalls = (message.tool_calls ?? []).map((call, j) =>
        toolCallOf(call, `${path}.tool_calls.${j}.function.arguments`),
      )
      append(messages, {
        role: 'assistant',
        content: text,
        ...(toolCalls.length > 0 ? { toolCalls } : {}),
      })
    }
  })
  if (!messages.some((message) => message.role === 'user'))
    throw invalid('messages', 'Send at least one user (or tool) message.')
  return { system, messages }
}

/** A message's text: a string, or its text parts joined; null is empty. */
function textOf(content: OpenAIContent, path: string): string {
  if (content === null) return ''
  if (typeof content === 'string') return content
  return content
    .map((part, k) => {
      if (part.type === 'text') return part.text ?? ''
      const what = part.type.startsWith('image') ? 'Images are' : `"${part.type}" parts are`
      throw invalid(`${path}.${k}`, `${what} not supported: send text content only.`)
    })
    .join('\n')
}

function toolCallOf(
  call: { id: string; function: { name: string; arguments: string } },
  path: string,
): ChatToolCall {
  let input: unknown
  try {
    input = call.function.arguments.trim() === '' ? {} : JSON.parse(call.function.arguments)
  } catch {
    throw invalid(path, 'The arguments of a tool call must be a JSON object (as a string).')
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw invalid(path, 'The arguments of a tool call must be a JSON object (as a string).')
  return { id: call.id, name: call.function.name, input }
}

/** Adds a turn, merging it into the previous one when both have the same role. */
function append(messages: ChatMessage[], next: ChatMessage) {
  const last = messages.at(-1)
  if (!last || last.role !== next.role) {
    messages.push(next)
    return
  }
  last.content = [last.content, next.content].filter(Boolean).join('\n\n')
  if (next.toolCalls) last.toolCalls = [...(last.toolCalls ?? []), ...next.toolCalls]
  if (next.toolResults) last.toolResults = [...(last.toolResults ?? []), ...next.toolResults]
}

/**
 * The tools the model is offered: each `function` tool as a ToolSpec. `tool_choice` is honoured
 * as far as the ChatModel port allows: `none` offers no tools; a named function offers only
 * that one; `auto` and `required` offer them all (the port cannot force a call, so `required`
 * is not enforced). A named function that is not among the tools is a 422.
 */
export function toolSpecsOf(
  tools: readonly OpenAITool[] | undefined,
  choice: OpenAIToolChoice | undefined,
): ToolSpec[] | undefined {
  if (!tools || tools.length === 0 || choice === 'none') return undefined
  const specs = tools.map(({ function: fn }) => ({
    name: fn.name,
    description: fn.description ?? '',
    inputSchema: fn.parameters ?? { type: 'object', properties: {} },
  }))
  if (typeof choice !== 'object') return specs
  const named = specs.filter((spec) => spec.name === choice.function.name)
  if (named.length === 0)
    throw invalid('tool_choice', `No tool named "${choice.function.name}" is in \`tools\`.`)
  return named
}
