import { describe, expect, it } from 'vitest'
import { chunkDocument, documentText } from '../chunking'
import type { ExtractedDocument } from '../extracted-document'
import { knowledgeTeam } from './manage-test-kit'
import { overlapLength, previewDocument } from './preview'

const sentence = (page: number, n: number) =>
  `Page ${page} sentence ${n} says something about invoices and ledgers.`
const paragraph = (page: number, from: number) =>
  Array.from({ length: 4 }, (_, i) => sentence(page, from + i)).join(' ')
const pageText = (page: number) =>
  [paragraph(page, 1), paragraph(page, 5), paragraph(page, 9)].join('\n\n')

const threePages: ExtractedDocument = {
  format: 'pdf',
  pages: [1, 2, 3].map((number) => ({ number, text: pageText(number) })),
  sections: [],
}

/** A ready document holding the real chunks of `doc` (overlapping, as ingestion stores them). */
async function readyDocumentOf(
  t: Awaited<ReturnType<typeof knowledgeTeam>>,
  doc: ExtractedDocument,
) {
  const chunks = chunkDocument(doc, { targetTokens: 40, overlapTokens: 12, maxTokens: 60 })
  expect(chunks.length).toBeGreaterThan(6)
  return t.documentWith(
    'ready',
    chunks.map(({ text, page }) => ({ text, page })),
  )
}

describe('previewDocument', () => {
  it('rebuilds the text from overlapping chunks without repeating any of it', async () => {
    const t = await knowledgeTeam()
    const document = await readyDocumentOf(t, threePages)
    const viewer = await t.as(t.viewer)
    const all = await previewDocument(t, viewer, document.id, { pages: 10 })
    expect(all.truncated).toBe(false)
    expect(all.pages.map((p) => p.page)).toEqual([1, 2, 3])
    const words = (text: string) => text.split(/\s+/).filter(Boolean)
    const shown = all.pages.map((p) => p.text).join('\n\n')
    expect(words(shown)).toEqual(words(documentText(threePages)))
    for (let n = 1; n <= 12; n++) expect(shown.split(sentence(2, n))).toHaveLength(2)
    expect(all.pages[1]?.text).toMatch(/^Page 2 sentence 1 .*\n\nPage 2 sentence 5 /s)
  })

  it('shows the first two pages by default and says more text exists', async () => {
    const t = await knowledgeTeam()
    const document = await readyDocumentOf(t, threePages)
    const preview = await previewDocument(t, await t.as(t.member), document.id)
    expect(preview.documentId).toBe(document.id)
    expect(preview.pages.map((p) => p.page)).toEqual([1, 2])
    expect(preview.pages[0]?.text.startsWith(sentence(1, 1))).toBe(true)
    expect(preview.pages.map((p) => p.text).join('')).not.toContain('Page 3 sentence 5')
    expect(preview.truncated).toBe(true)
  })

  it('cuts at maxChars', async () => {
    const t = await knowledgeTeam()
    const document = await readyDocumentOf(t, threePages)
    const preview = await previewDocument(t, await t.as(t.owner), document.id, { maxChars: 100 })
    expect(preview).toEqual({
      documentId: document.id,
      pages: [{ page: 1, text: pageText(1).slice(0, 100) }],
      truncated: true,
    })
  })

  it('is a 409 naming the status until the document is ready, and a 404 from elsewhere', async () => {
    const t = await knowledgeTeam()
    const owner = await t.as(t.owner)
    for (const [status, words] of [
      ['uploading', /still uploading/],
      ['processing', /still processing/],
      ['failed', /failed/],
    ] as const) {
      const document = await t.documentWith(status, ['text'])
      await expect(previewDocument(t, owner, document.id)).rejects.toMatchObject({
        code: 'resource.conflict',
        message: expect.stringMatching(words),
      })
    }
    const theirs = await t.documentWith('ready', ['secret'], t.other.id)
    await expect(previewDocument(t, owner, theirs.id)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })

  it('shows a duplicate the text of the document it duplicates', async () => {
    const t = await knowledgeTeam()
    const original = await t.documentWith('ready', ['The original text.'])
    const copy = await t.documentWith('duplicate')
    await t.documents.update(t.workspace.id, copy.id, { duplicateOf: original.id })
    const preview = await previewDocument(t, await t.as(t.owner), copy.id)
    expect(preview).toEqual({
      documentId: copy.id,
      pages: [{ page: 1, text: 'The original text.' }],
      truncated: false,
    })
  })
})

describe('overlapLength', () => {
  it('finds a repeated tail only on word boundaries', () => {
    expect(overlapLength('one two three', 'two three four')).toBe('two three'.length)
    expect(overlapLength('the cat', 'cattle grazed')).toBe(0)
    expect(overlapLength('ends with e', 'every word')).toBe(0)
    expect(overlapLength('', 'start')).toBe(0)
  })
})
