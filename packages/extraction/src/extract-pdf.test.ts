import type { DomainError } from '@chatter/core'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { extractText } from './extract-text'

const knownSentence = 'The migration finished at the café on Tuesday.'

/** Builds a PDF in memory; `draw` adds the pages' content. */
const makePdf = (
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const doc = new PDFDocument({ ...options, info: { Title: 'Quarterly   café report' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })

const threePages = (doc: PDFKit.PDFDocument) => {
  doc.text('Introduction to the quarterly report.')
  doc.addPage().text(knownSentence)
  doc.addPage().text('Appendix with figures.')
}

const pdf = (bytes: Uint8Array) =>
  extractText({ bytes, contentType: 'application/pdf', filename: 'report.pdf' })

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected extraction to fail'),
    (error: DomainError) => error,
  )

describe('PDF extraction', () => {
  it('puts each page’s text on its own numbered page, accents intact', async () => {
    const document = await pdf(await makePdf(threePages))
    expect(document.format).toBe('pdf')
    expect(document.title).toBe('Quarterly café report')
    expect(document.pages.map((page) => page.number)).toEqual([1, 2, 3])
    expect(document.pages[1]?.text).toBe(knownSentence)
    expect(document.pages[0]?.text).not.toContain('migration')
    expect(document.pages[2]?.text).toBe('Appendix with figures.')
  })

  it('leaves the caller’s bytes usable, since pdf.js detaches the buffer it is given', async () => {
    const bytes = await makePdf(threePages)
    await pdf(bytes)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect((await pdf(bytes)).pages).toHaveLength(3)
  })

  it('reports corrupt bytes as unreadable with a plain reason', async () => {
    const error = await failure(pdf(new TextEncoder().encode('%PDF-1.7 this is not really a PDF')))
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toBe('The file is not a valid PDF (it may be corrupt or truncated).')
  })

  it('reports a password-protected PDF as unreadable and says why', async () => {
    const bytes = await makePdf(threePages, { userPassword: 'secret', ownerPassword: 'owner' })
    const error = await failure(pdf(bytes))
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toMatch(/encrypted with a password/)
  })

  it('reports a PDF without a text layer as unreadable, hinting at a scan', async () => {
    const error = await failure(
      pdf(await makePdf((doc) => doc.rect(50, 50, 100, 100).fill('#000'))),
    )
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toMatch(/no text .* scanned image/)
  })
})
