import type { Command } from 'commander'
import { action, commaList, positiveInt, take } from '../action'
import { clientOf } from '../context'
import { UsageError } from '../errors'
import { formatBytes, formatTime, printJson, printList, say } from '../output'
import { uploadAction } from './upload'

const statuses = ['uploading', 'processing', 'ready', 'failed', 'duplicate'] as const
type Status = (typeof statuses)[number]

export function registerDocumentCommands(program: Command): void {
  const documents = program.command('documents').description('The knowledge base of the workspace')

  documents
    .command('upload <paths...>')
    .description('Upload files and whole folders (recursively, skipping dotfiles)')
    .option('--tags <tags>', 'comma-separated tags for every file', commaList)
    .option('--wait', 'wait until each file is ready (or failed)')
    .action(uploadAction)

  documents
    .command('list')
    .description('Documents, newest first')
    .option('--status <status>', statuses.join(' | '))
    .option('--tag <tag>', 'only documents with this tag')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 100)
    .action(
      action(async (context) => {
        const { status, tag, limit, json } = context.options as {
          status?: string
          tag?: string
          limit: number
          json?: boolean
        }
        if (status && !statuses.includes(status as Status))
          throw new UsageError(`--status must be one of ${statuses.join(', ')}.`)
        const client = await clientOf(context)
        const query = {
          limit: Math.min(limit, 100),
          ...(status ? { status: status as Status } : {}),
          ...(tag ? { tag } : {}),
        }
        const items = await take(client.paginate('/v1/documents', { query }), limit)
        printList(
          json,
          items,
          ['id', 'filename', 'status', 'size', 'chunks', 'tags', 'created'],
          (document) => [
            document.id,
            document.filename,
            document.status,
            formatBytes(document.size),
            document.chunkCount,
            document.tags.join(','),
            formatTime(document.createdAt),
          ],
        )
      }),
    )

  documents
    .command('get <id>')
    .description('One document, with its ingestion status')
    .action(
      action(async (context, id: string) => {
        const client = await clientOf(context)
        const document = await client.unwrap(
          client.api.GET('/v1/documents/{id}', { params: { path: { id } } }),
        )
        if (context.options.json) return printJson(document)
        const { chunksDone, chunksTotal } = document.progress
        say(`${document.filename} (${document.id})`)
        say(
          `  status   ${document.status}${document.error ? `: ${document.error}` : ''}${document.status === 'processing' ? ` ${chunksDone}/${chunksTotal} chunks` : ''}`,
        )
        say(
          `  type     ${document.contentType}, ${formatBytes(document.size)}${document.pageCount ? `, ${document.pageCount} pages` : ''}`,
        )
        say(`  chunks   ${document.chunkCount}`)
        say(`  tags     ${document.tags.join(', ') || '(none)'}`)
        say(
          `  created  ${formatTime(document.createdAt)}${document.readyAt ? `, ready ${formatTime(document.readyAt)}` : ''}`,
        )
      }),
    )

  documents
    .command('delete <id>')
    .description('Delete a document with its chunks, vectors and file')
    .action(
      action(async (context, id: string) => {
        const client = await clientOf(context)
        const deletion = await client.unwrap(
          client.api.DELETE('/v1/documents/{id}', { params: { path: { id } } }),
        )
        if (context.options.json) return printJson(deletion)
        say(`Deleted ${id}.`)
      }),
    )
}
