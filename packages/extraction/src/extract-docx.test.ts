import type { DomainError } from '@chatter/core'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { type ExtractionOptions, extractText } from './extract-text'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const makeDocx = async () =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Employee handbook', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({
                children: [
                  new TextRun('Welcome to the café. '),
                  new TextRun({ text: 'Read this first.', bold: true }),
                ],
              }),
              new Paragraph({ text: 'First week', heading: HeadingLevel.HEADING_2 }),
              new Paragraph('Meet the team on Monday.'),
              new Paragraph('Set up your laptop on Tuesday.'),
            ],
          },
        ],
      }),
    ),
  )

const docx = (bytes: Uint8Array, options?: ExtractionOptions) =>
  extractText({ bytes, contentType: docxType, filename: 'handbook.docx' }, options)

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected extraction to fail'),
    (error: DomainError) => error,
  )

describe('DOCX extraction', () => {
  it('keeps Word headings as sections with their levels and offsets', async () => {
    const document = await docx(await makeDocx())
    const text = document.pages[0]?.text ?? ''
    expect(document.format).toBe('docx')
    expect(document.title).toBe('Employee handbook')
    expect(document.sections).toEqual([
      { heading: 'Employee handbook', level: 1, offset: 0 },
      { heading: 'First week', level: 2, offset: text.indexOf('First week') },
    ])
    expect(text).toBe(
      'Employee handbook\n\nWelcome to the café. Read this first.\n\nFirst week\n\n' +
        'Meet the team on Monday.\n\nSet up your laptop on Tuesday.',
    )
  })

  it('reports a truncated DOCX as unreadable with a plain reason', async () => {
    const bytes = await makeDocx()
    const error = await failure(docx(bytes.subarray(0, Math.floor(bytes.length / 2))))
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toBe(
      'The file is not a valid DOCX (it is not a ZIP archive, or it is truncated).',
    )
  })

  it('reports a damaged part inside an intact ZIP directory as unreadable, not as a library error', async () => {
    const bytes = (await makeDocx()).slice()
    // Overwrite the compressed data of the first entries, leaving the central directory whole.
    bytes.fill(0x41, 40, 2000)
    const error = await failure(docx(bytes))
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toBe(
      'The DOCX is damaged and cannot be read (it may be truncated or not a Word file).',
    )
  })

  it('refuses a DOCX whose declared unpacked size is over the limit, before inflating it', async () => {
    const error = await failure(docx(await makeDocx(), { maxUnpackedBytes: 1000 }))
    expect(error.code).toBe('document.unreadable')
    expect(error.message).toMatch(/^The DOCX would unpack to \d+ KB; the limit is 1 KB\.$/)
  })
})
