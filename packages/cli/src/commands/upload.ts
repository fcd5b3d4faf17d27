import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { type ChatterClient, DocumentWaitError, type Schemas } from '@chatter/sdk'
import { action } from '../action'
import { clientOf } from '../context'
import { CliError, describeError, UsageError } from '../errors'
import { collectFiles, type LocalFile } from '../files'
import { note, printJson, renderTable, say } from '../output'
import { createProgress, type FileProgress } from '../progress'

/** What happened to one file: its document (if one was made) and where it ended. */
interface Outcome {
  file: string
  id: string | null
  status: Schemas['Document']['status'] | 'error'
  error?: string
  document?: Schemas['Document']
}

const parallel = 3

async function uploadOne(
  client: ChatterClient,
  file: LocalFile,
  progress: FileProgress,
  options: { tags?: string[]; wait?: boolean },
): Promise<Outcome> {
  let document: Schemas['Document'] | undefined
  try {
    document = await client.uploadDocument(
      {
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
        body: () => Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>,
        ...(options.tags?.length ? { tags: options.tags } : {}),
      },
      { onProgress: (sent) => progress.sent(sent) },
    )
    progress.state(document.status)
    if (options.wait)
      document = await client.waitForDocument(document.id, {
        intervalMs: 250,
        onProgress: (current) => {
          const { chunksDone, chunksTotal } = current.progress
          progress.state(
            chunksTotal > 0 && current.status === 'processing'
              ? `processing ${chunksDone}/${chunksTotal}`
              : current.status,
          )
        },
      })
    progress.state(document.status)
    return { file: file.path, id: document.id, status: document.status, document }
  } catch (error) {
    if (error instanceof DocumentWaitError) {
      progress.state(error.document.status)
      return {
        file: file.path,
        id: error.document.id,
        status: error.document.status,
        error: error.message,
        document: error.document,
      }
    }
    const { message } = describeError(error, client.options.baseUrl)
    progress.state('error')
    return { file: file.path, id: document?.id ?? null, status: 'error', error: message }
  }
}

/**
 * `documents upload <paths...>`: files and folders, a few at a time, with progress on stderr
 * and a summary on stdout. Exit code 1 when any file failed.
 */
export const uploadAction = action(async (context, paths: string[]) => {
  const { tags, wait, json } = context.options as {
    tags?: string[]
    wait?: boolean
    json?: boolean
  }
  const { files, skipped } = await collectFiles(paths)
  for (const skip of skipped) note(`Skipping ${skip.path}: ${skip.reason}`)
  if (files.length === 0)
    throw new UsageError(
      'Nothing to upload: no supported files (PDF, DOCX, HTML, Markdown, text, CSV, TSV, JSON).',
    )
  const client = await clientOf(context)
  const progress = createProgress(
    files.map((file) => file.filename),
    files.reduce((sum, file) => sum + file.size, 0),
  )
  const outcomes: Outcome[] = new Array(files.length)
  let next = 0
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] as LocalFile
      outcomes[index] = await uploadOne(client, file, progress.file(file.filename, file.size), {
        tags,
        wait,
      })
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))
  } finally {
    progress.stop()
  }
  if (json) printJson(outcomes)
  else
    say(
      renderTable(
        ['file', 'id', 'status', 'note'],
        outcomes.map((outcome) => [
          outcome.file,
          outcome.id,
          outcome.status,
          outcome.error ??
            (outcome.document?.duplicateOf ? `same as ${outcome.document.duplicateOf}` : ''),
        ]),
      ),
    )
  const failed = outcomes.filter(
    (outcome) => outcome.status === 'error' || outcome.status === 'failed',
  )
  if (failed.length > 0)
    throw new CliError(`${failed.length} of ${outcomes.length} files failed (see the table above).`)
  if (!wait && !json)
    note(
      'Ingestion goes on on the server: `chatter documents list` shows when they are ready (or upload with --wait).',
    )
})
