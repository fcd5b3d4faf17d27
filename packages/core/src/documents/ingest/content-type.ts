const byExtension: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  htm: 'text/html',
  md: 'text/markdown',
  markdown: 'text/markdown',
  txt: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
}

/**
 * The content type of a dropped file, from its extension (there is no declared one). Anything
 * else is `application/octet-stream`, which extraction refuses with a reason the user sees.
 */
export function contentTypeFromFilename(filename: string): string {
  const dot = filename.lastIndexOf('.')
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
  return byExtension[extension] ?? 'application/octet-stream'
}
