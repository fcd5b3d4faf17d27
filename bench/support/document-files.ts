// Generated PDF, DOCX and HTML files of about a given size, for the ingestion bench.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import PDFDocument from 'pdfkit'
import { paragraphs, seeded } from './prose'

export type BenchFormat = 'pdf' | 'docx' | 'html'

export interface BenchFile {
  filename: string
  contentType: string
  bytes: Uint8Array
}

const contentTypes: Record<BenchFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
}

/** Text in the file per file byte, measured once per format on a small sample. */
const textPerByte = new Map<BenchFormat, number>()

/**
 * A file of about `targetBytes` (within a few percent) of readable prose with headings every
 * few paragraphs. PDFs are written uncompressed, as many exported text PDFs are: a 20 MB PDF is
 * then ~8 MB of text on ~2,500 pages, not ~50,000 pages behind deflate.
 */
export async function makeBenchFile(
  format: BenchFormat,
  targetBytes: number,
  seed = 1,
): Promise<BenchFile> {
  let ratio = textPerByte.get(format)
  if (ratio === undefined) {
    const sample = await render(format, paragraphs(seeded(999), 200_000))
    ratio = 200_000 / sample.byteLength
    textPerByte.set(format, ratio)
  }
  const bytes = await render(format, paragraphs(seeded(seed), targetBytes * ratio))
  const size = `${Math.round(targetBytes / 1024)}kb`
  return { filename: `bench-${size}.${format}`, contentType: contentTypes[format], bytes }
}

function render(format: BenchFormat, text: string[]): Promise<Uint8Array> {
  if (format === 'pdf') return pdfOf(text)
  if (format === 'docx') return docxOf(text)
  return Promise.resolve(htmlOf(text))
}

const headingEvery = 8
const headingOf = (index: number) => `Section ${index / headingEvery + 1}`

function pdfOf(text: string[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, info: { Title: 'Bench document' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    text.forEach((paragraph, index) => {
      if (index % headingEvery === 0) doc.fontSize(16).text(headingOf(index)).fontSize(11)
      doc.text(paragraph, { paragraphGap: 6 })
    })
    doc.end()
  })
}

async function docxOf(text: string[]): Promise<Uint8Array> {
  const children = text.flatMap((paragraph, index) => [
    ...(index % headingEvery === 0
      ? [new Paragraph({ text: headingOf(index), heading: HeadingLevel.HEADING_1 })]
      : []),
    new Paragraph(paragraph),
  ])
  const document = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(document))
}

function htmlOf(text: string[]): Uint8Array {
  const body = text
    .map(
      (p, index) =>
        `${index % headingEvery === 0 ? `<h2>${headingOf(index)}</h2>` : ''}<p>${p}</p>`,
    )
    .join('\n')
  return new TextEncoder().encode(
    `<!doctype html><html><head><title>Bench document</title></head><body>\n${body}\n</body></html>`,
  )
}
