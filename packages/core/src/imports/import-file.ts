import { DomainError } from '../errors'
import { type ZipFile, zipFiles } from '../exports/zip'
import type { ImportFileKind } from '../ports/import-job-repository'
import { type ImportSource, isRecord } from './imported-conversation'

/** The kind of file a name says it is: `.json` or `.zip`; undefined for anything else. */
export function importFileKind(filename: string): ImportFileKind | undefined {
  const lower = filename.trim().toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.zip')) return 'zip'
  return undefined
}

const unreadable = (message: string) => new DomainError('request.invalid', message)
const sourceNames: Record<ImportSource, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  chatter: 'Chatter',
}

/**
 * The data an uploaded export holds, as the parser of `source` takes it: the parsed
 * `conversations.json`, or, from an archive (ChatGPT's or Claude's export ZIP, or a Chatter
 * export), its `conversations.json` (and `messages.json` for Chatter) wherever it sits. Only
 * those files are inflated and parsed, one at a time. What cannot be read is a `request.invalid`
 * with a reason the user can act on; a file of another source's shape names that source.
 * @example const data = readImportFile(bytes, { source: 'chatgpt', kind: 'zip' })
 */
export function readImportFile(
  bytes: Uint8Array,
  input: { source: ImportSource; kind: ImportFileKind },
): unknown {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  if (input.kind === 'zip' && !isZip)
    throw unreadable('The file is not a ZIP archive: upload the export archive or its .json.')
  const data = isZip ? fromArchive(bytes, input.source) : parseJson(bytes, 'The file')
  const shape = sourceOfShape(data)
  if (shape && shape !== input.source)
    throw unreadable(
      `This looks like a ${sourceNames[shape]} export, not ${sourceNames[input.source]}: import it with source "${shape}".`,
    )
  const empty = Array.isArray(data) && data.length === 0 && input.source !== 'chatter'
  if (!shape && !empty)
    throw unreadable(
      `This is not a ${sourceNames[input.source]} export: its conversations were not found in the file.`,
    )
  return data
}

function fromArchive(bytes: Uint8Array, source: ImportSource): unknown {
  let files: ZipFile[]
  try {
    files = zipFiles(bytes)
  } catch (error) {
    throw unreadable(`The ZIP archive cannot be read: ${(error as Error).message}`)
  }
  const conversations = shallowest(files, 'conversations.json')
  if (!conversations)
    throw unreadable(
      'No conversations.json in the archive: upload the export archive as downloaded, or its conversations.json.',
    )
  if (source !== 'chatter') return parseJson(readEntry(conversations), 'conversations.json')
  const folder = conversations.name.slice(
    0,
    conversations.name.length - 'conversations.json'.length,
  )
  const messages = files.find((file) => file.name === `${folder}messages.json`)
  if (!messages)
    throw unreadable('No messages.json beside conversations.json: upload the whole Chatter export.')
  return {
    conversations: parseJson(readEntry(conversations), 'conversations.json'),
    messages: parseJson(readEntry(messages), 'messages.json'),
  }
}

/** The file of this name nearest the archive's root (exports may sit in one folder). */
function shallowest(files: ZipFile[], name: string): ZipFile | undefined {
  return files
    .filter((file) => file.name === name || file.name.endsWith(`/${name}`))
    .filter((file) => !file.name.startsWith('__MACOSX/'))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length)[0]
}

function readEntry(file: ZipFile): Uint8Array {
  try {
    return file.read()
  } catch (error) {
    throw unreadable(`${file.name} in the archive cannot be read: ${(error as Error).message}`)
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw unreadable(`${what} is not UTF-8 text: upload the export's conversations.json or ZIP.`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw unreadable(`${what} is not JSON (${(error as Error).message}).`)
  }
}

/** Which source's shape the data has, from its first conversation; undefined when none. */
function sourceOfShape(data: unknown): ImportSource | undefined {
  if (isRecord(data) && Array.isArray(data.conversations) && Array.isArray(data.messages))
    return 'chatter'
  if (!Array.isArray(data)) return undefined
  const first = data.find(isRecord)
  if (!first) return undefined
  if ('mapping' in first) return 'chatgpt'
  if ('chat_messages' in first) return 'claude'
  return undefined
}
