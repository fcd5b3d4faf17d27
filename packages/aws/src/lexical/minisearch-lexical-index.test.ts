import type { LexicalDocument } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { MiniSearchLexicalIndex } from './minisearch-lexical-index'

const chunks: LexicalDocument[] = [
  {
    id: 'c1',
    text: 'The blue heron nests by the quiet pond.',
    fields: { documentId: 'd1', tags: ['birds'] },
  },
  {
    id: 'c2',
    text: 'A blue sky over the harbour.',
    fields: { documentId: 'd2', tags: ['weather'] },
  },
  {
    id: 'c3',
    text: 'Installing the agent takes two minutes.',
    fields: { documentId: 'd2', page: 3 },
  },
  {
    id: 'c4',
    text: 'Refunds are paid within thirty days.',
    fields: { documentId: 'd3', tags: [] },
  },
]

async function seeded(namespace = 'ws-1'): Promise<MiniSearchLexicalIndex> {
  const index = new MiniSearchLexicalIndex()
  await index.add(namespace, chunks)
  return index
}

describe('MiniSearchLexicalIndex', () => {
  it('ranks the chunk holding the whole phrase above one holding part of it', async () => {
    const hits = await (await seeded()).search('ws-1', 'blue heron pond', { topK: 10 })
    expect(hits.map((h) => h.id)).toEqual(['c1', 'c2'])
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY)
    expect(hits[0]?.terms.sort()).toEqual(['blue', 'heron', 'pond'])
  })

  it('matches word prefixes and typos, and names the matched terms', async () => {
    const index = await seeded()
    const [prefix] = await index.search('ws-1', 'instal', { topK: 5 })
    expect(prefix).toMatchObject({ id: 'c3', terms: ['installing'] })
    const [typo] = await index.search('ws-1', 'refnds', { topK: 5 })
    expect(typo?.id).toBe('c4')
  })

  it('honours topK and the filter on stored fields', async () => {
    const index = await seeded()
    expect(await index.search('ws-1', 'the', { topK: 2 })).toHaveLength(2)
    const filtered = await index.search('ws-1', 'blue', {
      topK: 10,
      filter: (fields) => fields.documentId === 'd2',
    })
    expect(filtered.map((h) => h.id)).toEqual(['c2'])
    const tagged = await index.search('ws-1', 'blue', {
      topK: 10,
      filter: (fields) => Array.isArray(fields.tags) && fields.tags.includes('birds'),
    })
    expect(tagged.map((h) => h.id)).toEqual(['c1'])
  })

  it('removes documents and replaces a re-added id', async () => {
    const index = await seeded()
    await index.remove('ws-1', ['c1', 'unknown'])
    expect((await index.search('ws-1', 'heron', { topK: 5 })).map((h) => h.id)).toEqual([])
    await index.add('ws-1', [{ id: 'c2', text: 'Grey clouds over the harbour.' }])
    expect(await index.search('ws-1', 'blue', { topK: 5 })).toEqual([])
    expect((await index.search('ws-1', 'grey', { topK: 5 })).map((h) => h.id)).toEqual(['c2'])
  })

  it('keeps namespaces apart', async () => {
    const index = await seeded('ws-1')
    await index.add('ws-2', [{ id: 'c1', text: 'Heron sightings in winter.' }])
    expect((await index.search('ws-2', 'pond', { topK: 5 })).map((h) => h.id)).toEqual([])
    expect((await index.search('ws-1', 'winter', { topK: 5 })).map((h) => h.id)).toEqual([])
    await index.remove('ws-2', ['c1'])
    expect((await index.search('ws-1', 'heron', { topK: 5 })).map((h) => h.id)).toEqual(['c1'])
    expect(await index.search('ws-3', 'heron', { topK: 5 })).toEqual([])
  })

  it('round-trips a namespace through serialize and load, discarded documents gone', async () => {
    const index = await seeded()
    await index.remove('ws-1', ['c4'])
    const json = await index.serialize('ws-1')
    const restored = new MiniSearchLexicalIndex()
    await restored.load('ws-9', json)
    for (const query of ['blue heron pond', 'instal', 'harbour'])
      expect(await restored.search('ws-9', query, { topK: 5 })).toEqual(
        await index.search('ws-1', query, { topK: 5 }),
      )
    expect(await restored.search('ws-9', 'refunds', { topK: 5 })).toEqual([])
    expect(json).not.toContain('"refunds"') // vacuumed, not just discarded
    const filtered = await restored.search('ws-9', 'blue', {
      topK: 5,
      filter: (f) => f.documentId === 'd1',
    })
    expect(filtered.map((h) => h.id)).toEqual(['c1'])
    await restored.add('ws-9', [{ id: 'c5', text: 'Herons again.' }])
    expect((await restored.search('ws-9', 'herons', { topK: 5 })).map((h) => h.id)).toContain('c5')
    const empty = new MiniSearchLexicalIndex()
    await empty.load('x', await empty.serialize('never-used'))
    expect(await empty.search('x', 'heron', { topK: 5 })).toEqual([])
  })
})

describe('MiniSearchLexicalIndex over a large index with common words', () => {
  // 1,500 filler chunks, every one holding "the" and "report", then the three about herons.
  const filler = Array.from({ length: 1_500 }, (_, i) => ({
    id: `f${i}`,
    text: `The weekly report of the team, number ${i}.`,
  }))
  const herons: LexicalDocument[] = [
    {
      id: 'h1',
      text: 'The heron and the heron chick wade by the pond.',
      fields: { documentId: 'd1' },
    },
    { id: 'h2', text: 'A heron flew over the harbour at dawn.', fields: { documentId: 'd2' } },
    { id: 'h3', text: 'The pond stays quiet in the winter.', fields: { documentId: 'd3' } },
  ]
  const large = async () => {
    const index = new MiniSearchLexicalIndex()
    await index.add('ws-1', [...filler, ...herons])
    return index
  }

  it('ranks the chunks holding the rarer words first and skips those with common words only', async () => {
    const index = await large()
    const hits = await index.search('ws-1', 'the heron pond', { topK: 10 })
    expect(hits.map((h) => h.id)).toEqual(['h1', 'h3', 'h2'])
    // The common word still scores the chunks found (and is highlighted in them).
    expect(hits[0]?.terms.sort()).toEqual(['heron', 'pond', 'the'])
  })

  it('still answers a query of common words only, and one whose rare word matches nothing', async () => {
    const index = await large()
    expect(await index.search('ws-1', 'the report', { topK: 5 })).toHaveLength(5)
    const unmatched = await index.search('ws-1', 'the zyxwvut', { topK: 5 })
    expect(unmatched).toHaveLength(5)
    const filtered = await index.search('ws-1', 'the heron', {
      topK: 5,
      filter: (f) => f.documentId === 'd2',
    })
    expect(filtered.map((h) => h.id)).toEqual(['h2'])
  })

  it('behaves the same after a snapshot round-trip', async () => {
    const index = await large()
    const restored = new MiniSearchLexicalIndex()
    await restored.load('ws-2', await index.serialize('ws-1'))
    for (const query of ['the heron pond', 'the report', 'herons the'])
      expect(await restored.search('ws-2', query, { topK: 10 })).toEqual(
        await index.search('ws-1', query, { topK: 10 }),
      )
    expect((await restored.search('ws-2', 'the heron', { topK: 10 })).map((h) => h.id)).toEqual([
      'h1',
      'h2',
    ])
  })
})
