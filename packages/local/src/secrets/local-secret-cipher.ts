import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SecretCipher } from '@chatter/core'
import { secrets } from '@chatter/resources'

const prefix = 'aes1:'
const ivBytes = 12
const tagBytes = 16

/**
 * The local stand-in for KMS: AES-256-GCM with a key kept in the data folder, the workspace id
 * as additional authenticated data (so a ciphertext moved to another workspace fails to
 * decrypt, as KMS's encryption context does). Each secret gets a fresh 96-bit IV.
 * @example const cipher = await LocalSecretCipher.inDataDir(dataDir)
 */
export class LocalSecretCipher implements SecretCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The tool secrets key must be 32 bytes.')
  }

  /** A cipher over the data folder's key, generated there (owner-readable only) on first use. */
  static async inDataDir(dataDir: string): Promise<LocalSecretCipher> {
    return new LocalSecretCipher(await localSecretKey(dataDir))
  }

  async encrypt(plaintext: string, context: { workspaceId: string }): Promise<string> {
    const iv = randomBytes(ivBytes)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    cipher.setAAD(Buffer.from(context.workspaceId, 'utf8'))
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    return prefix + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
  }

  async decrypt(ciphertext: string, context: { workspaceId: string }): Promise<string> {
    if (!ciphertext.startsWith(prefix)) throw new Error('Not a local secret ciphertext.')
    const bytes = Buffer.from(ciphertext.slice(prefix.length), 'base64url')
    if (bytes.length < ivBytes + tagBytes) throw new Error('The ciphertext is truncated.')
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, ivBytes))
    decipher.setAAD(Buffer.from(context.workspaceId, 'utf8'))
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes))
    // `final` throws when the tag, the AAD (workspace) or the key do not match.
    return Buffer.concat([
      decipher.update(bytes.subarray(ivBytes + tagBytes)),
      decipher.final(),
    ]).toString('utf8')
  }
}

/** The 32-byte key in the data folder, generated once (like the signing key). */
export async function localSecretKey(dataDir: string): Promise<Buffer> {
  const file = join(dataDir, secrets.toolSecretsKey.localFile)
  const read = async () => {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    const key = text?.trim() ? Buffer.from(text.trim(), 'base64') : undefined
    if (key && key.length !== 32) throw new Error(`${file} does not hold a 32-byte key.`)
    return key
  }
  const existing = await read()
  if (existing) return existing
  const key = randomBytes(32)
  try {
    // 'wx': if two starts race, the second keeps the first one's key instead of replacing it.
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
    return key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = await read()
      if (raced) return raced
    }
    throw error
  }
}
