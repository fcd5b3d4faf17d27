import type { Message, MessageToolCall } from '@chatter/core'
import type { MessageItem } from './table'

type StoredToolCall = NonNullable<MessageItem['toolCalls']>[number]

/**
 * Arguments longer than this (as JSON) are kept as a short preview: the item has 400 KB for
 * every call of the answer, and the results are already cut to a few KB each.
 */
export const storedArgumentsLimit = 16_000

function argumentsJsonOf(args: unknown): string {
  const json = JSON.stringify(args ?? null)
  if (json.length <= storedArgumentsLimit) return json
  return JSON.stringify({ truncated: true, length: json.length, preview: json.slice(0, 1_000) })
}

/**
 * An answer's tool calls as the message item keeps them: arguments as JSON (a preview past
 * `storedArgumentsLimit`), source flattened.
 */
export function toStoredToolCalls(calls: readonly MessageToolCall[]): StoredToolCall[] {
  return calls.map(({ arguments: args, source, ...call }) => ({
    ...call,
    argumentsJson: argumentsJsonOf(args),
    ...(source?.type === 'builtin' ? { sourceType: 'builtin' as const } : {}),
    ...(source?.type === 'mcp'
      ? {
          sourceType: 'mcp' as const,
          serverId: source.serverId,
          serverName: source.serverName,
          toolName: source.toolName,
        }
      : {}),
  }))
}

function toToolCall(stored: StoredToolCall): MessageToolCall {
  const { sourceType, serverId = '', serverName = '', toolName = '' } = stored
  return {
    id: stored.id,
    name: stored.name,
    arguments: JSON.parse(stored.argumentsJson),
    content: stored.content,
    isError: stored.isError,
    durationMs: stored.durationMs,
    ...(sourceType === 'builtin' ? { source: { type: 'builtin' as const } } : {}),
    ...(sourceType === 'mcp'
      ? { source: { type: 'mcp' as const, serverId, serverName, toolName } }
      : {}),
  }
}

/** The message with its item's tool calls, when it has any. */
export function withToolCalls(message: Message, item: Pick<MessageItem, 'toolCalls'>): Message {
  return item.toolCalls ? { ...message, toolCalls: item.toolCalls.map(toToolCall) } : message
}
