import { describe, expect, it } from 'vitest'
import type { ChunkableDocument } from './chunking'
import { chunkDocument, documentText } from './chunking'

// Deterministic filler: numbered sentences of ~10 words, so sizes are easy to reason about.
const sentences = (from: number, count: number): string =>
  Array.from(
    { length: count },
    (_, i) => `Sentence ${from + i} talks about lexical retrieval here.`,
  ).join(' ')

const manual: ChunkableDocument = {
  pages: [
    { number: 1, text: `Setup\n\nInstall\n\n${sentences(1, 40)}\n\n${sentences(41, 40)}` },
    { number: 2, text: '' },
    { number: 3, text: '   \n ' },
    {
      number: 4,
      text: `${sentences(81, 30)} The blue heron nests by the quiet pond.\n\nUsage\n\n${sentences(200, 10)}`,
    },
  ],
  sections: [
    { heading: 'Setup', level: 1, page: 1, offset: 0 },
    { heading: 'Install', level: 2, page: 1, offset: 7 },
    { heading: 'Usage', level: 2, page: 4, offset: manual4UsageOffset() },
  ],
}

function manual4UsageOffset(): number {
  return `${sentences(81, 30)} The blue heron nests by the quiet pond.\n\n`.length
}

describe('chunkDocument', () => {
  const chunks = chunkDocument(manual)

  it('puts a known sentence in a chunk with its page and heading path', () => {
    const hit = chunks.filter((c) => c.text.includes('The blue heron nests by the quiet pond.'))
    expect(hit.length).toBeGreaterThan(0)
    expect(hit.every((c) => c.section === 'Setup > Install')).toBe(true)
    expect(hit.every((c) => c.page === 4 && c.pages.length === 1)).toBe(true)
    const usage = chunks.find((c) => c.text.includes('Sentence 200 '))
    expect(usage).toMatchObject({ page: 4, pages: [4], section: 'Setup > Usage' })
    expect(usage?.text.startsWith('Usage')).toBe(true)
  })

  it('offsets point into the document text, and a heading with no body joins the one below', () => {
    const text = documentText(manual)
    for (const c of chunks) expect(text.slice(c.start, c.end)).toBe(c.text)
    expect(chunks[0]?.text.startsWith('Setup\n\nInstall\n\nSentence 1 ')).toBe(true)
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i))
  })

  it('keeps every chunk within maxTokens, and cuts only between words', () => {
    const text = documentText(manual)
    for (const c of chunks) {
      expect(c.tokenCount).toBeLessThanOrEqual(400)
      expect(c.tokenCount).toBe(Math.ceil(c.text.length / 4))
      expect(text[c.start - 1] ?? ' ').toMatch(/\s/)
      expect(text[c.end] ?? ' ').toMatch(/\s/)
    }
    const small = chunkDocument(manual, { targetTokens: 40, overlapTokens: 10, maxTokens: 45 })
    expect(small.length).toBeGreaterThan(chunks.length)
    for (const c of small) expect(c.tokenCount).toBeLessThanOrEqual(45)
  })

  it('repeats the tail of the previous chunk from a sentence start, within a section only', () => {
    const [first, second] = chunks
    expect(first && second && second.start < first.end).toBe(true)
    const repeated = documentText(manual).slice(second?.start, first?.end)
    expect(repeated).toMatch(/^Sentence \d+ /)
    expect(first?.text.endsWith(repeated)).toBe(true)
    const usage = chunks.find((c) => c.section === 'Setup > Usage')
    const before = chunks[(usage?.index ?? 0) - 1]
    expect(usage && before && usage.start >= before.end).toBe(true)
  })

  it('never spans two pages, skips blank pages and yields nothing for a blank document', () => {
    expect(chunks.every((c) => c.pages.length === 1 && c.pages[0] === c.page)).toBe(true)
    expect(chunks.map((c) => c.page)).toContain(1)
    expect(chunks.map((c) => c.page)).toContain(4)
    expect(chunks.flatMap((c) => c.pages)).not.toContain(2)
    expect(chunks.flatMap((c) => c.pages)).not.toContain(3)
    expect(chunkDocument({ pages: [{ number: 1, text: ' \n\n ' }], sections: [] })).toEqual([])
  })

  it('is deterministic', () => {
    expect(chunkDocument(manual)).toEqual(chunks)
  })

  it('cuts an unbroken paragraph at words and a giant token at the limit', () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `w${i}`).join(' ')
    const doc = { pages: [{ number: 1, text: `${words}\n\n${'x'.repeat(5_000)}` }], sections: [] }
    const out = chunkDocument(doc)
    for (const c of out) expect(c.tokenCount).toBeLessThanOrEqual(400)
    const wordy = out.filter((c) => !c.text.includes('x'))
    expect(wordy.length).toBeGreaterThan(5)
    for (const c of wordy) expect(c.text).toMatch(/^w\d+ .* w\d+$/)
    // With no sentence to start from, the overlap starts at a word.
    const [a, b] = wordy
    expect(a && b && b.start < a.end && a.end - b.start <= 200).toBe(true)
    expect(documentText(doc).slice(b?.start, a?.end)).toMatch(/^w\d+ .* w\d+$/)
    expect(out.map((c) => c.text).join('')).toContain('x'.repeat(1_200))
  })

  it('chunks a 1 MB document in well under a second', () => {
    const page = (n: number) =>
      `Heading ${n}\n\n${sentences(n * 100, 60)}\n\n${sentences(n * 100 + 60, 20)}`
    const pages = Array.from({ length: 260 }, (_, i) => ({ number: i + 1, text: page(i) }))
    const doc = {
      pages,
      sections: pages.map((p) => ({
        heading: `Heading ${p.number - 1}`,
        level: 1,
        page: p.number,
        offset: 0,
      })),
    }
    expect(documentText(doc).length).toBeGreaterThan(1_000_000)
    const started = performance.now()
    const out = chunkDocument(doc)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(out.length).toBeGreaterThan(800)
    expect(out.at(-1)?.section).toBe('Heading 259')
  })

  it('rejects sizes that cannot hold', () => {
    expect(() => chunkDocument(manual, { targetTokens: 500, maxTokens: 400 })).toThrow(RangeError)
  })
})
