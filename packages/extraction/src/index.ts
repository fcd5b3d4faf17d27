// Text extraction from uploaded documents (PDF, DOCX, HTML, Markdown, text, CSV, JSON).
export { detectFormat } from './detect-format'
export { type ExtractionInput, type ExtractionOptions, extractText } from './extract-text'
