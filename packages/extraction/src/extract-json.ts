import type { ExtractedDocument } from '@chatter/core'
import { DomainError } from '@chatter/core'
import { normalizeLine, normalizeText } from './normalize-text'

const identifier = /^[A-Za-z_$][\w$]*$/

const flatten = (value: unknown, path: string, lines: string[]): void => {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) flatten(item, `${path}[${index}]`, lines)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const step = identifier.test(key) ? `${path ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`
      flatten(item, `${path}${step}`, lines)
    }
  } else if (value !== null && value !== '') {
    const text = normalizeLine(String(value))
    if (text !== '') lines.push(path ? `${path}: ${text}` : text)
  }
}

/**
 * Reads JSON as flattened `path: value` lines (`users[0].name: Ada`). Pretty-printed JSON
 * would spend most of its tokens on braces and indentation (which normalising would flatten
 * anyway), and a chunk cut from its middle would no longer say whose value it holds.
 * Nulls and empty strings are left out: they say nothing a search could find.
 */
export const extractJson = (text: string): ExtractedDocument => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : ''
    throw new DomainError('document.unreadable', `The file is not valid JSON${detail}.`, {
      format: 'json',
    })
  }
  const lines: string[] = []
  flatten(value, '', lines)
  return {
    format: 'json',
    pages: [{ number: 1, text: normalizeText(lines.join('\n')) }],
    sections: [],
  }
}
