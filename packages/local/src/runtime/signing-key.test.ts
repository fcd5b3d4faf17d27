import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { localSigningKey } from './signing-key'

describe('localSigningKey', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('is generated once, kept across restarts, and readable by its owner only', async () => {
    dir = await mkdtemp(join(tmpdir(), 'chatter-key-'))
    const first = await localSigningKey(dir)
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(await localSigningKey(dir)).toBe(first)
    const mode = (await stat(join(dir, 'access-token.key'))).mode & 0o777
    expect(mode).toBe(0o600)
  })

  it('gives two simultaneous first starts the same key', async () => {
    dir = await mkdtemp(join(tmpdir(), 'chatter-key-'))
    const [a, b] = await Promise.all([localSigningKey(dir), localSigningKey(dir)])
    expect(a).toBe(b)
  })
})
