import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LocalSecretCipher } from './local-secret-cipher'

describe('LocalSecretCipher', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('decrypts after a restart with the key it generated once, owner-readable only', async () => {
    dir = await mkdtemp(join(tmpdir(), 'chatter-secrets-'))
    const first = await LocalSecretCipher.inDataDir(dir)
    const sealed = await first.encrypt('{"Authorization":"Bearer s3cret"}', { workspaceId: 'ws_a' })
    expect(sealed).not.toContain('s3cret')
    const again = await LocalSecretCipher.inDataDir(dir)
    expect(await again.decrypt(sealed, { workspaceId: 'ws_a' })).toBe(
      '{"Authorization":"Bearer s3cret"}',
    )
    expect((await stat(join(dir, 'tool-secrets.key'))).mode & 0o777).toBe(0o600)
  })

  it('uses a fresh IV per secret and refuses another workspace, a tampered text or another key', async () => {
    dir = await mkdtemp(join(tmpdir(), 'chatter-secrets-'))
    const cipher = await LocalSecretCipher.inDataDir(dir)
    const a = await cipher.encrypt('same', { workspaceId: 'ws_a' })
    expect(await cipher.encrypt('same', { workspaceId: 'ws_a' })).not.toBe(a)
    await expect(cipher.decrypt(a, { workspaceId: 'ws_b' })).rejects.toThrow()
    // Flip one bit of the sealed bytes (changing a base64 character may only touch padding bits).
    expect(a.startsWith('aes1:')).toBe(true)
    const sealed = Buffer.from(a.slice('aes1:'.length), 'base64url')
    sealed[sealed.length - 1]! ^= 1
    const tampered = `aes1:${sealed.toString('base64url')}`
    await expect(cipher.decrypt(tampered, { workspaceId: 'ws_a' })).rejects.toThrow()
    const other = new LocalSecretCipher(Buffer.alloc(32, 7))
    await expect(other.decrypt(a, { workspaceId: 'ws_a' })).rejects.toThrow()
  })
})
