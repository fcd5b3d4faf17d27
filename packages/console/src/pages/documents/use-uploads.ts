// The upload queue of the documents page: one row per file, a few uploads at once.
import type { ChatterClient, Schemas } from '@chatter/sdk'
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { eachAtMost, finalStatuses, uploadFile } from './upload'

type Document = Schemas['Document']

export interface UploadRow {
  key: number
  name: string
  size: number
  sent: number
  phase: 'waiting' | 'uploading' | 'uploaded' | 'failed'
  error?: unknown
  /** The registered document, kept current while it is ingested. */
  document?: Document
}

/** Uploads at once: enough to overlap small files, few enough not to starve one large file. */
const concurrency = 3

export function useUploads(client: ChatterClient, onDocument: (document: Document) => void) {
  const [rows, setRows] = useState<UploadRow[]>([])
  const nextKey = useRef(0)
  const notify = useRef(onDocument)
  useEffect(() => {
    notify.current = onDocument
  }, [onDocument])

  const update = (key: number, change: Partial<UploadRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)))

  const add = useCallback(
    (files: File[], tags: string[]) => {
      const queued = files.map((file) => ({ file, key: ++nextKey.current }))
      setRows((all) => [
        ...queued.map(({ file, key }) => ({
          key,
          name: file.name,
          size: file.size,
          sent: 0,
          phase: 'waiting' as const,
        })),
        ...all,
      ])
      void eachAtMost(queued, concurrency, async ({ file, key }) => {
        update(key, { phase: 'uploading' })
        try {
          const document = await uploadFile(client, file, {
            tags,
            onProgress: (sent) => update(key, { sent }),
            onCreated: (created) => {
              update(key, { document: created })
              notify.current(created)
            },
          })
          update(key, { phase: 'uploaded', sent: file.size, document })
          notify.current(document)
        } catch (error) {
          update(key, { phase: 'failed', error })
        }
      })
    },
    [client],
  )

  /** Takes a fresher copy of a document into its row. */
  const track = useCallback((document: Document) => {
    setRows((all) =>
      all.map((row) => (row.document?.id === document.id ? { ...row, document } : row)),
    )
  }, [])

  const clearFinished = useCallback(() => {
    setRows((all) => all.filter((row) => !isFinished(row)))
  }, [])

  return { rows, add, track, clearFinished }
}

export function isFinished(row: UploadRow) {
  if (row.phase === 'failed') return true
  return row.phase === 'uploaded' && !!row.document && finalStatuses.has(row.document.status)
}
