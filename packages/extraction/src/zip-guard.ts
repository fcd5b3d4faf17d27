/** Limits for a ZIP container read into memory. */
export interface ZipLimits {
  maxUnpackedBytes: number
  maxEntries: number
}

const endOfCentralDirectory = 0x06054b50
const centralFileHeader = 0x02014b50
const mediaFolder = 'word/media/'
const latin1 = new TextDecoder('latin1')

/**
 * Sums the uncompressed sizes a ZIP declares in its central directory, without inflating
 * anything, and returns why the archive is refused or `undefined` when it is within limits.
 *
 * mammoth unpacks DOCX files with JSZip, which inflates each part fully into memory with no
 * size limit, so a 40 KB zip bomb could claim gigabytes. JSZip does compare each inflated part
 * with its declared size, so an archive that lies about sizes fails, but only after inflating;
 * refusing big declarations up front is the cheap guard that stops the honest-headed bombs.
 * ZIP64 archives (sizes of 0xFFFFFFFF) are refused: a real DOCX never needs them.
 */
export const checkZipLimits = (bytes: Uint8Array, limits: ZipLimits): string | undefined => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at
      break
    }
  }
  if (end < 0) return 'The file is not a valid DOCX (it is not a ZIP archive, or it is truncated).'
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (entries === 0xffff || at === 0xffffffff) return 'The DOCX uses ZIP64, which is not supported.'
  if (entries > limits.maxEntries)
    return `The DOCX holds ${entries} parts; the limit is ${limits.maxEntries}.`
  let unpacked = 0
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralFileHeader) {
      return 'The file is not a valid DOCX (its ZIP directory is damaged).'
    }
    const size = view.getUint32(at + 24, true)
    if (size === 0xffffffff) return 'The DOCX uses ZIP64, which is not supported.'
    const nameLength = view.getUint16(at + 28, true)
    const name = latin1.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    // Images are never inflated: the DOCX reader skips them, so they do not count.
    if (!name.startsWith(mediaFolder)) unpacked += size
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  if (unpacked > limits.maxUnpackedBytes) {
    return `The DOCX would unpack to ${formatBytes(unpacked)}; the limit is ${formatBytes(limits.maxUnpackedBytes)}.`
  }
  return undefined
}

/** `52428800` -> `50 MB`, for messages a user reads. */
export const formatBytes = (bytes: number): string => {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`
}
