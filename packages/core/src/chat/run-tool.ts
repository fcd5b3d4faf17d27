import { isDomainError } from '../errors'
import { newId } from '../ids'
import type { MessageToolCall } from '../ports/message-repository'
import type { Tool, ToolCallLog, ToolResult } from '../ports/tools'
import { describeArgumentErrors, toolArgumentErrors } from '../tool-servers/validate-arguments'
import type { ChatPorts } from './chat-ports'

/** A tool's result is cut to this many characters, for the model, the stream and the message. */
export const toolResultLimit = 4_000

/** Where a chat tool call happened, for the call log. */
export interface ToolCallContext {
  workspaceId: string
  conversationId: string
  messageId: string
  agentId?: string
  now: () => Date
}

/**
 * Runs one tool call a model asked for and returns it as the answer keeps it. Never throws for
 * the tool's sake (only when the turn itself is aborted): an unknown tool, arguments that do not
 * match its schema, a failure and a timeout are all results with `isError`, which the model
 * reads and can act on. The call is raced against `timeoutMs` and the turn's `signal`, so a
 * tool that ignores its signal cannot hold the answer. Every call that ran is recorded in the
 * log (a log that fails is reported, not fatal).
 */
export async function runTool(
  ports: Pick<ChatPorts, 'logger'> & { calls?: Pick<ToolCallLog, 'record'> },
  tool: Tool | undefined,
  request: { id: string; name: string; input: unknown },
  options: { timeoutMs: number; signal?: AbortSignal; context: ToolCallContext },
): Promise<MessageToolCall> {
  const startedAt = options.context.now()
  const started = performance.now()
  const result = await resultOf(ports, tool, request, options)
  const durationMs = Math.round(performance.now() - started)
  const content =
    result.content.length > toolResultLimit
      ? `${result.content.slice(0, toolResultLimit)}\n[truncated: ${result.content.length} characters in all]`
      : result.content
  if (tool) await record(ports, tool, result, { startedAt, durationMs, ...options.context })
  return {
    id: request.id,
    name: request.name,
    arguments: request.input,
    content,
    isError: result.isError,
    durationMs,
    ...(tool ? { source: tool.source } : {}),
  }
}

async function resultOf(
  ports: Pick<ChatPorts, 'logger'>,
  tool: Tool | undefined,
  request: { name: string; input: unknown },
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<ToolResult> {
  if (!tool) return { content: `There is no such tool: "${request.name}".`, isError: true }
  const invalid = toolArgumentErrors(tool.inputSchema, request.input)
  if (invalid.length > 0) return { content: describeArgumentErrors(invalid), isError: true }
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
  try {
    return await Promise.race([tool.call(request.input, signal), rejectOnAbort(signal)])
  } catch (error) {
    options.signal?.throwIfAborted()
    if (timeout.aborted)
      return {
        content: `The tool "${request.name}" timed out after ${options.timeoutMs} ms.`,
        isError: true,
      }
    if (isDomainError(error)) return { content: error.message, isError: true }
    ports.logger?.warn('tool failed', { error, tool: request.name })
    return { content: `The tool "${request.name}" failed unexpectedly.`, isError: true }
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

async function record(
  ports: Pick<ChatPorts, 'logger'> & { calls?: Pick<ToolCallLog, 'record'> },
  tool: Tool,
  result: ToolResult,
  call: ToolCallContext & { startedAt: Date; durationMs: number },
) {
  if (!ports.calls) return
  try {
    await ports.calls.record({
      id: newId('tcl'),
      workspaceId: call.workspaceId,
      tool: tool.name,
      source: tool.source,
      at: call.startedAt.toISOString(),
      durationMs: call.durationMs,
      ok: !result.isError,
      ...(result.isError ? { error: result.content.slice(0, 300) } : {}),
      resultSize: result.content.length,
      conversationId: call.conversationId,
      messageId: call.messageId,
      ...(call.agentId ? { agentId: call.agentId } : {}),
      via: 'chat',
    })
  } catch (error) {
    // The answer matters more than its analytics.
    ports.logger?.warn('tool call not recorded', { error, tool: tool.name })
  }
}
