import { createHash, randomBytes } from 'node:crypto'

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz' // Crockford base32, lower case

function base32(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += alphabet[byte & 31]
  return out
}

/** A random id with a readable type prefix, e.g. `ws_3k9...` (20 random base32 characters). */
export const newId = (prefix: string): string => `${prefix}_${base32(randomBytes(20))}`

/**
 * A time-sortable id (48-bit millisecond time, then randomness), so items keyed by it list in
 * creation order even within one millisecond's neighbours.
 */
export function sortableId(at: Date = new Date()): string {
  const time = at.getTime().toString(32).padStart(10, '0')
  return `${time}${base32(randomBytes(12))}`
}

/** A high-entropy secret for tokens and keys (URL-safe). */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url')

/**
 * SHA-256 (hex) of a high-entropy secret (API keys, refresh tokens): enough because such secrets
 * cannot be guessed; passwords use the slow PasswordHasher instead.
 */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex')
