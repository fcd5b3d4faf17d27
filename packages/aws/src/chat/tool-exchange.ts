import type { ChatMessage } from '@chatter/core'

/**
 * A turn's text with its tool exchange written out, for a request that offers no tools: the
 * providers refuse tool blocks then, yet the model must still see what the tools returned.
 */
export function toolExchangeAsText({ content, toolCalls, toolResults }: ChatMessage): string {
  const parts = content.trim() ? [content] : []
  for (const call of toolCalls ?? [])
    parts.push(
      `[Called the tool ${call.name} (call ${call.id}) with ${JSON.stringify(call.input)}]`,
    )
  for (const result of toolResults ?? [])
    parts.push(
      `[Result of tool call ${result.id}${result.isError ? ' (error)' : ''}]\n${result.content}`,
    )
  return parts.join('\n\n')
}
