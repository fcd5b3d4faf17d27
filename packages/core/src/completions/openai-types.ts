/**
 * The OpenAI Chat Completions and Embeddings wire shapes, as far as Chatter reads and writes
 * them. Requests are what the API has already validated (types checked, unknown fields
 * dropped); responses are what OpenAI's own clients parse.
 */

/** A part of a message's content: only `text` parts are supported (images are refused). */
export interface OpenAIContentPart {
  type: string
  text?: string
}

export type OpenAIContent = string | OpenAIContentPart[] | null

export interface OpenAIToolCall {
  id: string
  type: 'function'
  function: { name: string; arguments: string }
}

export type OpenAIMessage =
  | { role: 'system'; content: OpenAIContent }
  | { role: 'developer'; content: OpenAIContent }
  | { role: 'user'; content: OpenAIContent }
  | { role: 'assistant'; content?: OpenAIContent; tool_calls?: OpenAIToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: OpenAIContent }

export interface OpenAITool {
  type: 'function'
  function: { name: string; description?: string; parameters?: Record<string, unknown> }
}

export type OpenAIToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } }

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter'

export interface CompletionUsage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

/** A non-streamed answer (`object: 'chat.completion'`). */
export interface ChatCompletion {
  id: string
  object: 'chat.completion'
  created: number
  model: string
  choices: {
    index: 0
    message: {
      role: 'assistant'
      content: string | null
      tool_calls?: OpenAIToolCall[]
      refusal: null
    }
    finish_reason: FinishReason
    logprobs: null
  }[]
  usage: CompletionUsage
}

/** One tool call's piece of a streamed answer: `id`, `type` and `name` come in its first piece. */
export interface ToolCallDelta {
  index: number
  id?: string
  type?: 'function'
  function: { name?: string; arguments: string }
}

/** One frame of a streamed answer (`object: 'chat.completion.chunk'`). */
export interface ChatCompletionChunk {
  id: string
  object: 'chat.completion.chunk'
  created: number
  model: string
  choices: {
    index: 0
    delta: { role?: 'assistant'; content?: string; tool_calls?: ToolCallDelta[] }
    finish_reason: FinishReason | null
    logprobs: null
  }[]
  usage?: CompletionUsage | null
}
