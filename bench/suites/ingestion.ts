// Ingestion end to end on the local stack (upload to `ready`) against the project's own text
// extraction of the same file, in the same process.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import { chunkDocument } from '@chatter/core'
import { extractText } from '@chatter/extraction'
import type { ChatterClient } from '@chatter/sdk'
import { type BenchContext, type BenchSuite, type Figure, figure, median } from '../figures'
import { startBenchStack } from '../support/bench-stack'
import { type BenchFile, type BenchFormat, makeBenchFile } from '../support/document-files'
import { describeStages, type StageTimes, timeMethods } from '../support/stage-timer'

const KB = 1024
const MB = 1024 * KB

/**
 * Sizes per format. DynamoDB Local stores ~25-40 chunks/s on a loaded disk, and a DOCX holds ~3
 * characters of text per byte (1 MB: ~2,400 chunks), so quick keeps 10 KB and 1 MB of each and
 * one large PDF; the full run adds 5 MB, the 12 MB PDF of DESIGN.md §7 and 20 MB.
 */
const sizesOf = (quick: boolean): Record<BenchFormat, number[]> =>
  quick
    ? { pdf: [10 * KB, 1 * MB, 5 * MB], docx: [10 * KB, 1 * MB], html: [10 * KB, 1 * MB] }
    : {
        pdf: [10 * KB, 1 * MB, 5 * MB, 12 * MB, 20 * MB],
        docx: [10 * KB, 1 * MB, 5 * MB, 20 * MB],
        html: [10 * KB, 1 * MB, 5 * MB, 20 * MB],
      }

const label = (bytes: number) => (bytes < MB ? `${bytes / KB}KB` : `${bytes / MB}MB`)

/**
 * Uploads, retrying once on a network error: the API and the storage share this process, and a
 * keep-alive socket may close under the first request after seconds of blocking work.
 */
function upload(client: ChatterClient, file: BenchFile) {
  const body = {
    filename: file.filename,
    contentType: file.contentType,
    size: file.bytes.byteLength,
    body: file.bytes,
  }
  return client.uploadDocument(body).catch(async (error: unknown) => {
    if (!(error instanceof TypeError)) throw error
    await setTimeout(50)
    return client.uploadDocument(body)
  })
}

/** Polls until `ready`; a poll lost to a socket closed meanwhile (a TypeError) polls again. */
async function readyOf(client: ChatterClient, id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.waitForDocument(id, { intervalMs: 50, timeoutMs: 30 * 60_000 })
    } catch (error) {
      if (!(error instanceof TypeError) || attempt === 5) throw error
    }
  }
}

/** Extraction alone: seconds (median of a few runs for small files) and the chunk count. */
async function extractionOf(file: BenchFile) {
  const runs = file.bytes.byteLength < 2 * MB ? 3 : 1
  const seconds: number[] = []
  let chunks = 0
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const extracted = await extractText(file, { maxBytes: 50 * MB })
    seconds.push((performance.now() - started) / 1000)
    chunks = chunkDocument(extracted).length
  }
  return { seconds: median(seconds), chunks }
}

export const ingestionSuite: BenchSuite = {
  name: 'ingestion',
  async run(ctx: BenchContext): Promise<Figure[]> {
    await mkdir(ctx.tmpDir, { recursive: true })
    const { stack, client } = await startBenchStack(join(ctx.tmpDir, 'stack'))
    const stages: StageTimes = new Map()
    const restore = [
      timeMethods(stack.adapters.embedder, ['embed'], 'embed', stages),
      timeMethods(stack.adapters.vectors, ['upsert'], 'vector upsert', stages),
      timeMethods(stack.stores.documents, ['putChunks'], 'chunk writes', stages),
      timeMethods(stack.stores.documents, ['listChunks'], 'chunk reads', stages),
    ]
    const figures: Figure[] = []
    let seed = 1
    try {
      for (const [format, sizes] of Object.entries(sizesOf(ctx.quick)) as [
        BenchFormat,
        number[],
      ][]) {
        for (const size of sizes) {
          // A new seed per file: the same bytes twice would end `duplicate`, not re-ingested.
          const file = await makeBenchFile(format, size, seed++)
          const megabytes = file.bytes.byteLength / MB
          const extraction = await extractionOf(file)
          // Lets the timers overdue after that blocking work close the idle sockets first.
          await setTimeout(50)
          stages.clear()
          const started = performance.now()
          const uploaded = await upload(client, file)
          const uploadSeconds = (performance.now() - started) / 1000
          const ready = await readyOf(client, uploaded.id)
          const seconds = (performance.now() - started) / 1000
          const breakdown = `upload ${uploadSeconds.toFixed(2)} s, extraction alone ${extraction.seconds.toFixed(2)} s, ${describeStages(stages)}`
          ctx.log(
            `ingestion ${format} ${label(size)} (${megabytes.toFixed(2)} MB, ${ready.chunkCount} chunks): ready in ${seconds.toFixed(2)} s; ${breakdown}`,
          )
          const name = `ingestion.${format}.${label(size)}`
          const isTarget = format === 'pdf' && size === 12 * MB
          const note = size >= 5 * MB ? breakdown : undefined
          figures.push(
            figure({
              name: `${name}.mbps`,
              value: megabytes / seconds,
              unit: 'MB/s',
              baseline: megabytes / extraction.seconds,
              better: 'higher',
              baselineIs: 'text extraction of the same file alone',
              ...(isTarget ? { target: '>= 0.5x' } : {}),
              ...(note ? { note } : {}),
            }),
            figure({
              name: `${name}.chunksPerSecond`,
              value: ready.chunkCount / seconds,
              unit: 'chunks/s',
              baseline: extraction.chunks / extraction.seconds,
              better: 'higher',
              baselineIs: 'chunks of the extracted text per second of extraction',
            }),
          )
          if (isTarget)
            figures.push(
              figure({
                name: `${name}.seconds`,
                value: seconds,
                unit: 's',
                baseline: extraction.seconds,
                better: 'lower',
                baselineIs: 'text extraction of the same file alone',
                target: '< 30 s',
              }),
            )
        }
      }
    } finally {
      for (const undo of restore) undo()
      await stack.stop()
    }
    return figures
  },
}
