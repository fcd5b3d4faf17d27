import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'
import { extractText } from './extract-text'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('format detection', () => {
  it('follows the content type, ignoring its parameters', () => {
    expect(detectFormat('Text/HTML; charset=utf-8', 'page.txt')).toBe('html')
    expect(detectFormat('application/vnd.api+json', 'data')).toBe('json')
  })

  it('falls back to the extension when the content type is generic or missing', () => {
    expect(detectFormat('application/octet-stream', 'Q3 Report.PDF')).toBe('pdf')
    expect(detectFormat('', 'drop/ws_1/handbook.docx')).toBe('docx')
    expect(detectFormat('binary/octet-stream', 'notes.markdown')).toBe('markdown')
  })

  it('lets the extension refine text/plain, as many tools label Markdown and CSV so', () => {
    expect(detectFormat('text/plain', 'readme.md')).toBe('markdown')
    expect(detectFormat('text/plain', 'table.csv')).toBe('csv')
    expect(detectFormat('text/plain', 'notes')).toBe('text')
  })
})

describe('extractText', () => {
  it('reads a file sent as application/octet-stream by its extension', async () => {
    const document = await extractText({
      bytes: bytes('# Title\n\nBody'),
      contentType: 'application/octet-stream',
      filename: 'guide.md',
    })
    expect(document.format).toBe('markdown')
    expect(document.sections).toEqual([{ heading: 'Title', level: 1, offset: 0 }])
  })

  it('refuses an unknown type with document.unsupportedType naming the file', async () => {
    await expect(
      extractText({ bytes: bytes('GIF89a'), contentType: 'image/gif', filename: 'cat.gif' }),
    ).rejects.toMatchObject({
      code: 'document.unsupportedType',
      status: 415,
      message: expect.stringContaining('"cat.gif" (image/gif)'),
    })
  })

  it('reports an empty file as unreadable', async () => {
    await expect(
      extractText({ bytes: new Uint8Array(), contentType: 'text/plain', filename: 'empty.txt' }),
    ).rejects.toMatchObject({ code: 'document.unreadable', message: 'The file is empty.' })
  })

  it('reports a whitespace-only file as having no text', async () => {
    await expect(
      extractText({
        bytes: bytes(' \n\u0000\t\n'),
        contentType: 'text/plain',
        filename: 'blank.txt',
      }),
    ).rejects.toMatchObject({
      code: 'document.unreadable',
      message: 'The file contains no text that can be extracted.',
    })
  })

  it('refuses a file over maxBytes before reading it, naming both sizes', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x61)
    await expect(
      extractText(
        { bytes: big, contentType: 'text/plain', filename: 'big.txt' },
        { maxBytes: 2 * 1024 * 1024 },
      ),
    ).rejects.toMatchObject({
      code: 'document.unreadable',
      message: 'The file is 3 MB; the limit is 2 MB.',
    })
  })
})
