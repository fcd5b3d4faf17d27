import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { UsageError } from './errors'

/** The media types the API ingests, by file extension (anything else is skipped). */
export const contentTypes: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.json': 'application/json',
}

/** The media type of a file name, from its extension; undefined when the API would refuse it. */
export const contentTypeOf = (name: string): string | undefined =>
  contentTypes[extname(name).toLowerCase()]

export interface LocalFile {
  path: string
  /** The name the document gets: the file's own name, without its folders. */
  filename: string
  size: number
  contentType: string
}

export interface Collected {
  files: LocalFile[]
  /** Files left out, and why (an unsupported type, an empty file). */
  skipped: { path: string; reason: string }[]
}

/**
 * The files of `paths`: files as given, folders walked recursively in name order, skipping
 * dotfiles and dot-folders (`.git`, `.DS_Store`). A path that does not exist is a usage error.
 * @example const { files, skipped } = await collectFiles(['notes/', 'report.pdf'])
 */
export async function collectFiles(paths: string[]): Promise<Collected> {
  const collected: Collected = { files: [], skipped: [] }
  const seen = new Set<string>()
  const add = (path: string, size: number) => {
    if (seen.has(path)) return
    seen.add(path)
    const contentType = contentTypeOf(path)
    if (!contentType)
      collected.skipped.push({
        path,
        reason: `unsupported type (${extname(path) || 'no extension'})`,
      })
    else if (size === 0) collected.skipped.push({ path, reason: 'empty file' })
    else collected.files.push({ path, filename: basename(path), size, contentType })
  }
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) add(path, (await stat(path)).size)
    }
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (!info) throw new UsageError(`No such file or folder: ${path}`)
    if (info.isDirectory()) await walk(path)
    else add(path, info.size)
  }
  return collected
}
