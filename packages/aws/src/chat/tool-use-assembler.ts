import type { ChatStreamEvent } from '@chatter/core'
import { ModelCallError } from './model-chain'

type ToolUse = Extract<ChatStreamEvent, { type: 'tool_use' }>

/**
 * Puts streamed tool requests back together: a provider sends a tool call's id and name first,
 * then its input as pieces of JSON text, and says when it ends; the answer engine wants one
 * `tool_use` event with the parsed input. Calls are keyed by their block (or list) index, so
 * several can stream interleaved.
 */
export class ToolUseAssembler {
  readonly #open = new Map<number, { id: string; name: string; json: string }>()

  start(index: number, id: string, name: string): void {
    this.#open.set(index, { id, name, json: '' })
  }

  /** Adds input text; for a block never started (OpenAI repeats nothing), starts it. */
  append(index: number, json: string, header?: { id?: string; name?: string }): void {
    const open = this.#open.get(index) ?? { id: '', name: '', json: '' }
    if (header?.id) open.id = header.id
    if (header?.name) open.name += header.name
    open.json += json
    this.#open.set(index, open)
  }

  /** The call of a finished block, or undefined when the block was not a tool call. */
  finish(index: number): ToolUse | undefined {
    const open = this.#open.get(index)
    if (!open) return undefined
    this.#open.delete(index)
    return { type: 'tool_use', id: open.id, name: open.name, input: parseInput(open) }
  }

  /** Every call still open, in index order (for a provider that ends them all at once). */
  finishAll(): ToolUse[] {
    return [...this.#open.keys()].sort((a, b) => a - b).flatMap((index) => this.finish(index) ?? [])
  }
}

function parseInput(open: { name: string; json: string }): unknown {
  if (open.json.trim() === '') return {}
  try {
    return JSON.parse(open.json)
  } catch (error) {
    throw new ModelCallError('fail', `the model sent invalid JSON for the tool "${open.name}"`, {
      cause: error,
    })
  }
}
