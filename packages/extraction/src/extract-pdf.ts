import type { ExtractedDocument } from '@chatter/core'
import { DomainError } from '@chatter/core'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { normalizeLine, normalizeText } from './normalize-text'

// pdf.js names its failures; each gets a reason a user can act on.
const reasons: Record<string, string> = {
  PasswordException: 'The PDF is encrypted with a password; upload an unprotected copy.',
  InvalidPDFException: 'The file is not a valid PDF (it may be corrupt or truncated).',
  MissingPDFException: 'The PDF is empty.',
  FormatError: 'The PDF is damaged and its content cannot be read.',
}

// pdf.js keeps parsed objects alive until its loading task is destroyed; unpdf's types do not
// expose the task, though every document proxy has it.
interface Destroyable {
  loadingTask: { destroy(): Promise<void> }
}

/**
 * Reads a PDF page by page with unpdf (pdf.js, no native add-on). PDFs carry no reliable
 * headings, so sections stay empty; the page number is the structure chunks cite.
 */
export const extractPdf = async (bytes: Uint8Array): Promise<ExtractedDocument> => {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    // verbosity 0 keeps pdf.js from printing warnings about damaged files to stdout.
    const pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 })
    try {
      const { text } = await extractText(pdf, { mergePages: false })
      const { info } = await getMeta(pdf)
      const title = typeof info.Title === 'string' ? normalizeLine(info.Title) : ''
      return {
        format: 'pdf',
        ...(title ? { title } : {}),
        pages: text.map((pageText, index) => ({
          number: index + 1,
          text: normalizeText(pageText),
        })),
        sections: [],
      }
    } finally {
      await (pdf as unknown as Destroyable).loadingTask.destroy()
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    const reason =
      reasons[name] ?? 'The PDF could not be read (it may be corrupt or use unsupported features).'
    throw new DomainError('document.unreadable', reason, {
      format: 'pdf',
      cause: name || 'unknown',
    })
  }
}
