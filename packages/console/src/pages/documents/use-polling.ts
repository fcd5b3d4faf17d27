// Live status: documents still uploading or processing are read again until they settle.
import type { ChatterClient, Schemas } from '@chatter/sdk'
import { useEffect, useRef } from 'preact/hooks'

const intervalMs = 1500

/** Reads each of `ids` every 1.5 s while there are any; a vanished document is just skipped. */
export function useDocumentPolling(
  client: ChatterClient,
  ids: string[],
  onDocument: (document: Schemas['Document']) => void,
) {
  const notify = useRef(onDocument)
  useEffect(() => {
    notify.current = onDocument
  }, [onDocument])
  const key = [...new Set(ids)].sort().join(',')
  useEffect(() => {
    if (!key) return
    const watched = key.split(',')
    let stopped = false
    const timer = setInterval(() => {
      for (const id of watched) {
        client.api
          .GET('/v1/documents/{id}', { params: { path: { id } } })
          .then(({ data }) => {
            if (data && !stopped) notify.current(data)
          })
          .catch(() => {})
      }
    }, intervalMs)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [client, key])
}
