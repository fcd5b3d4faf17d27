import { describe, expect, it } from 'vitest'
import { highlightsOf, queryWords } from './highlights'

const marked = (text: string, terms: string[], prefixes: string[] = []) =>
  highlightsOf(text, terms, prefixes).map(({ start, end }) => text.slice(start, end))

describe('highlightsOf', () => {
  it('marks whole matched terms case-insensitively, in order', () => {
    expect(marked('Refunds: REFUNDS are paid; refundsX is not.', ['refunds'])).toEqual([
      'Refunds',
      'REFUNDS',
    ])
  })

  it('marks words beginning with a query word of 3+ letters, shorter ones only whole', () => {
    expect(marked('Installing it in the inbox', [], queryWords('instal in'))).toEqual([
      'Installing',
      'in',
    ])
  })

  it('gives UTF-16 offsets that slice the original text, accents and emoji included', () => {
    const text = '👩‍💻 Café crème, café!'
    const highlights = highlightsOf(text, ['café'])
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual(['Café', 'café'])
    expect(highlights[0]?.start).toBe(text.indexOf('Café'))
  })

  it('marks nothing without terms', () => {
    expect(highlightsOf('Anything at all', [], [])).toEqual([])
    expect(queryWords('  Blue, blue HERON! ')).toEqual(['blue', 'heron'])
  })
})
