import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { secrets } from '@chatter/resources'

/**
 * The local access-token signing key: generated once into the data folder (readable by its owner
 * only), so sessions survive restarts, and never committed (the data folder is git-ignored).
 * In AWS the key comes from Secrets Manager instead.
 */
export async function localSigningKey(dataDir: string): Promise<string> {
  const file = join(dataDir, secrets.accessTokenKey.localFile)
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (existing?.trim()) return existing.trim()
  const key = randomBytes(48).toString('base64url')
  try {
    // 'wx': if two starts race, the second keeps the first one's key instead of replacing it.
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' })
    return key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return (await readFile(file, 'utf8')).trim()
    throw error
  }
}
