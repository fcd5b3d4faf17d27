import type { ToolResult } from '@chatter/core'

interface ContentPart {
  type: string
  text?: string
  mimeType?: string
  uri?: string
  name?: string
  resource?: { uri: string; text?: string; mimeType?: string }
}

/** The parts of an MCP result as text: text as is, anything else named in brackets. */
function partText(part: ContentPart): { text: string; isText: boolean } {
  switch (part.type) {
    case 'text':
      return { text: part.text ?? '', isText: true }
    case 'image':
    case 'audio':
      return { text: `[${part.type}${part.mimeType ? `: ${part.mimeType}` : ''}]`, isText: false }
    case 'resource':
      return part.resource?.text !== undefined
        ? { text: part.resource.text, isText: true }
        : { text: `[resource: ${part.resource?.uri ?? 'unknown'}]`, isText: false }
    case 'resource_link':
      return { text: `[resource: ${part.uri ?? part.name ?? 'unknown'}]`, isText: false }
    default:
      return { text: `[${part.type}]`, isText: false }
  }
}

/**
 * An MCP tool result as the model reads it: text parts joined by newlines, other parts
 * summarised (`[image: image/png]`); with no text at all, the structured content as JSON.
 */
export function toToolResult(result: Record<string, unknown>): ToolResult {
  const isError = result.isError === true
  // Servers of protocol 2024-10-07 answer `toolResult` instead of `content`.
  if (!Array.isArray(result.content))
    return {
      content: JSON.stringify(result.toolResult ?? result.structuredContent ?? null),
      isError,
    }
  const parts = (result.content as ContentPart[]).map(partText)
  const hasText = parts.some((part) => part.isText)
  if (!hasText && result.structuredContent !== undefined)
    return { content: JSON.stringify(result.structuredContent), isError }
  return { content: parts.map((part) => part.text).join('\n'), isError }
}
