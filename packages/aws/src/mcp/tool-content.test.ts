import { describe, expect, it } from 'vitest'
import { toToolResult } from './tool-content'

describe('toToolResult', () => {
  it('joins text parts by newlines and names the other parts', () => {
    expect(
      toToolResult({
        content: [
          { type: 'text', text: 'First' },
          { type: 'image', data: 'AAAA', mimeType: 'image/png' },
          { type: 'resource', resource: { uri: 'file:///a.txt', text: 'Inline text' } },
          { type: 'resource_link', uri: 'https://example.com/b', name: 'b' },
          { type: 'text', text: 'Last' },
        ],
      }),
    ).toEqual({
      content: 'First\n[image: image/png]\nInline text\n[resource: https://example.com/b]\nLast',
      isError: false,
    })
  })

  it('answers structured content as JSON when there is no text, and keeps isError', () => {
    expect(
      toToolResult({ content: [], structuredContent: { temperature: 4 }, isError: true }),
    ).toEqual({ content: '{"temperature":4}', isError: true })
    expect(toToolResult({ toolResult: { ok: 1 } })).toEqual({ content: '{"ok":1}', isError: false })
  })
})
