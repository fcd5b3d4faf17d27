import { inflateRawSync } from 'node:zlib'

/**
 * A ZIP archive writer that stores files uncompressed (method 0, "STORE"), with the CRC-32 every
 * reader checks, and a reader of stored and deflated archives. Small exports gain little from deflate
 * and this needs no dependency; names are UTF-8 (flag bit 11), sizes below 4 GiB (no ZIP64).
 */

const crcTable = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** The CRC-32 (IEEE 802.3) of `bytes`, as ZIP and gzip use it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export interface ZipEntry {
  name: string
  data: Uint8Array | string
}

const utf8 = new TextEncoder()

/** DOS date and time fields of `at` (2-second resolution, local fields taken as UTC). */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear())
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  }
}

/**
 * One ZIP archive holding `entries` as they are.
 * @example const zip = zipStore([{ name: 'conversations.json', data: JSON.stringify(items) }])
 */
export function zipStore(entries: readonly ZipEntry[], at: Date = new Date()): Uint8Array {
  const { time, date } = dosTime(at)
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = utf8.encode(entry.name)
    const data = typeof entry.data === 'string' ? utf8.encode(entry.data) : entry.data
    const crc = crc32(data)
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true) // version needed: 2.0
    lv.setUint16(6, 0x0800, true) // UTF-8 names
    lv.setUint16(8, 0, true) // stored
    lv.setUint16(10, time, true)
    lv.setUint16(12, date, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, data.length, true)
    lv.setUint32(22, data.length, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    const central = new Uint8Array(46 + name.length)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true) // made by
    cv.setUint16(6, 20, true)
    cv.setUint16(8, 0x0800, true)
    cv.setUint16(10, 0, true)
    cv.setUint16(12, time, true)
    cv.setUint16(14, date, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, data.length, true)
    cv.setUint32(24, data.length, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    central.set(name, 46)
    locals.push(local, data)
    centrals.push(central)
    offset += local.length + data.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  return concat([...locals, ...centrals, end])
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** One file of an archive, read (inflated, CRC-checked) only when asked. */
export interface ZipFile {
  name: string
  /** Uncompressed size, from the central directory. */
  size: number
  read(): Uint8Array
}

/**
 * The files of an archive, listed from its central directory: stored (method 0, as `zipStore`
 * writes) and deflated (method 8, as ChatGPT's and Claude's exports are) entries, read one at a
 * time so only the files wanted are ever inflated. Encrypted and ZIP64 archives, other methods,
 * a bad CRC or a truncated archive throw.
 * @example const file = zipFiles(archive).find((f) => f.name.endsWith('conversations.json'))
 */
export function zipFiles(archive: Uint8Array): ZipFile[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  let end = archive.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('Not a ZIP archive: no end of central directory.')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (count === 0xffff || at === 0xffffffff) throw new Error('ZIP64 archives are not read.')
  const files: ZipFile[] = []
  const utf8Decoder = new TextDecoder()
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || view.getUint32(at, true) !== 0x02014b50)
      throw new Error('Bad central directory entry.')
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    const localAt = view.getUint32(at + 42, true)
    const name = utf8Decoder.decode(archive.subarray(at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extra + comment
    if (flags & 1) throw new Error(`${name} is encrypted.`)
    if (compressed === 0xffffffff || size === 0xffffffff || localAt === 0xffffffff)
      throw new Error('ZIP64 archives are not read.')
    if (method !== 0 && method !== 8)
      throw new Error(
        `${name} is compressed with method ${method}; only stored and deflated are read.`,
      )
    const read = () => {
      if (localAt + 30 > archive.length || view.getUint32(localAt, true) !== 0x04034b50)
        throw new Error(`Bad local header for ${name}.`)
      const dataAt =
        localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true)
      const raw = archive.subarray(dataAt, dataAt + compressed)
      if (raw.length !== compressed) throw new Error(`Bad data for ${name}.`)
      // The central directory's size bounds the output: a lying entry cannot inflate without end.
      const data =
        method === 0 ? raw : new Uint8Array(inflateRawSync(raw, { maxOutputLength: size || 1 }))
      if (data.length !== size || crc32(data) !== crc) throw new Error(`Bad data for ${name}.`)
      return data
    }
    files.push({ name, size, read })
  }
  return files
}

/** Every file of an archive (stored or deflated entries) by name; see `zipFiles`. */
export function unzipStore(archive: Uint8Array): Map<string, Uint8Array> {
  return new Map(zipFiles(archive).map((file) => [file.name, file.read()]))
}
