/** The formats Chatter can turn into text for chunking and search. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'csv' | 'json'

/** One page of extracted text. Formats without pages yield a single page numbered 1. */
export interface ExtractedPage {
  /** 1-based, as a reader would cite it. */
  number: number
  /** Normalised text: single spaces, lines kept, paragraphs separated by one blank line. */
  text: string
}

/** A heading found in the document, so chunks can say which section they came from. */
export interface ExtractedSection {
  heading: string
  /** 1 for a top-level heading (h1, `#`, Heading 1) down to 6. */
  level: number
  /** The page the heading is on; absent for formats without pages (their text is page 1). */
  page?: number
  /** Character offset of the heading within the text of its page (page 1 when `page` is absent). */
  offset: number
}

/** The text of an uploaded document, ready for structure-aware chunking. */
export interface ExtractedDocument {
  format: DocumentFormat
  /** Metadata title when the file has one (PDF Info, HTML `<title>`), else the first level-1 heading. */
  title?: string
  pages: ExtractedPage[]
  /** In reading order. */
  sections: ExtractedSection[]
}
