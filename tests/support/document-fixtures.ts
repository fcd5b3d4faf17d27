import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import PDFDocument from 'pdfkit'

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A real PDF built in memory: one page per entry of `pages`. */
export const makePdf = (pages: string[], title = 'Fixture') =>
  new Promise<Uint8Array>((resolve, reject) => {
    const doc = new PDFDocument({ info: { Title: title } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    pages.forEach((text, index) => {
      if (index > 0) doc.addPage()
      doc.text(text)
    })
    doc.end()
  })

/** A real DOCX: a heading, then one paragraph per entry. */
export const makeDocx = async (heading: string, paragraphs: string[]) =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
              ...paragraphs.map((text) => new Paragraph(text)),
            ],
          },
        ],
      }),
    ),
  )

/** An HTML page with a title, a heading and paragraphs. */
export const makeHtml = (title: string, paragraphs: string[]) =>
  new TextEncoder().encode(
    `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${paragraphs
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`,
  )
