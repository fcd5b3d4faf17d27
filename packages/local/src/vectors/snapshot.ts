import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { NamespaceRows } from './vector-namespace'

/**
 * The snapshot file: `CHVEC01\n`, a little-endian uint32 header length, a JSON header
 * (`{ namespaces: [{ name, dimension, ids, metadata }] }`), then each namespace's rows as raw
 * float32 in header order. Binary rows keep 100k x 384 vectors at ~150 MB and load in one read
 * (base64 in JSON would be a third larger and parse far slower). Native byte order: x64, arm64.
 */
const MAGIC = Buffer.from('CHVEC01\n')

type Header = { namespaces: ({ name: string } & Omit<NamespaceRows, 'vectors'>)[] }

/** Writes atomically: a temp file beside the target, synced, then renamed over it. */
export async function writeSnapshot(file: string, namespaces: Map<string, NamespaceRows>) {
  const header: Header = { namespaces: [] }
  const rows: Buffer[] = []
  for (const [name, { vectors, ...rest }] of namespaces) {
    header.namespaces.push({ name, ...rest })
    rows.push(Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength))
  }
  const json = Buffer.from(JSON.stringify(header))
  const length = Buffer.alloc(4)
  length.writeUInt32LE(json.length)
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${randomUUID().slice(0, 8)}.tmp`
  const handle = await open(temp, 'w')
  try {
    for (const chunk of [MAGIC, length, json, ...rows]) {
      // write() may take less than asked for; loop until the whole chunk is in.
      for (let done = 0; done < chunk.length; ) {
        done += (await handle.write(chunk, done)).bytesWritten
      }
    }
    await handle.sync()
    await handle.close()
    await rename(temp, file)
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(temp, { force: true })
    throw error
  }
}

/** The namespaces saved in `file`, or undefined when there is no snapshot yet. */
export async function readSnapshot(file: string): Promise<Map<string, NamespaceRows> | undefined> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const corrupt = (why: string) => new Error(`Vector snapshot ${file} is unreadable: ${why}`)
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw corrupt('not a snapshot file')
  const headerEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length)
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd)) as Header
  const namespaces = new Map<string, NamespaceRows>()
  let offset = headerEnd
  for (const { name, dimension, ids, metadata } of header.namespaces) {
    const byteLength = ids.length * dimension * 4
    if (offset + byteLength > bytes.length) throw corrupt(`namespace "${name}" is truncated`)
    // Copied into a fresh, aligned buffer: the file's bytes may start at any offset.
    const vectors = new Float32Array(ids.length * dimension)
    new Uint8Array(vectors.buffer).set(bytes.subarray(offset, offset + byteLength))
    offset += byteLength
    const restored = metadata.map((m) => m ?? undefined)
    namespaces.set(name, { dimension, ids, metadata: restored, vectors })
  }
  return namespaces
}
