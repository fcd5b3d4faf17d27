import { describe, expect, it } from 'vitest'
import { JwtAccessTokenSigner } from './jwt-access-token-signer'
import { ScryptPasswordHasher } from './scrypt-password-hasher'

// A cheap cost for tests; production uses the OWASP minimum (defaultScryptCost).
const hasher = new ScryptPasswordHasher({ N: 2 ** 10, r: 8, p: 1 })
const secret = 'a-test-secret-that-is-at-least-32-bytes-long'

describe('ScryptPasswordHasher', () => {
  it('verifies the right password only, with a fresh salt per hash', async () => {
    const first = await hasher.hash('correct horse battery staple')
    const second = await hasher.hash('correct horse battery staple')
    expect(first).not.toBe(second)
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(await hasher.verify('correct horse battery staple', first)).toBe(true)
    expect(await hasher.verify('correct horse battery stapler', first)).toBe(false)
    expect(await hasher.verify('anything', 'not-a-hash')).toBe(false)
  })

  it('treats canonically equal unicode passwords as equal', async () => {
    const hash = await hasher.hash('caf\u00e9')
    expect(await hasher.verify('cafe\u0301', hash)).toBe(true)
  })
})

describe('JwtAccessTokenSigner', () => {
  it('round-trips the claims', async () => {
    const signer = new JwtAccessTokenSigner(secret, 900)
    const { token, expiresAt } = await signer.sign({ sub: 'user_1', sid: 'fam_1', role: 'admin' })
    expect(await signer.verify(token)).toEqual({ sub: 'user_1', sid: 'fam_1', role: 'admin' })
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 890_000)
  })

  it('refuses an expired token, saying so', async () => {
    let now = new Date('2026-01-01T00:00:00Z')
    const signer = new JwtAccessTokenSigner(secret, 60, () => now)
    const { token } = await signer.sign({ sub: 'user_1', sid: 'fam_1', role: 'user' })
    now = new Date('2026-01-01T00:01:01Z')
    await expect(signer.verify(token)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
      message: expect.stringMatching(/expired/),
    })
  })

  it('refuses a token signed with another secret or tampered with', async () => {
    const other = new JwtAccessTokenSigner('another-secret-that-is-also-32-bytes-long', 900)
    const { token } = await other.sign({ sub: 'user_1', sid: 'fam_1', role: 'user' })
    const signer = new JwtAccessTokenSigner(secret, 900)
    await expect(signer.verify(token)).rejects.toMatchObject({ code: 'auth.unauthenticated' })
    const [header, , signature] = (
      await signer.sign({ sub: 'u', sid: 's', role: 'user' })
    ).token.split('.')
    const forged = Buffer.from(JSON.stringify({ sub: 'user_1', sid: 's', role: 'admin' })).toString(
      'base64url',
    )
    await expect(signer.verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
  })

  it('refuses a short secret', () => {
    expect(() => new JwtAccessTokenSigner('short', 900)).toThrow(/32 bytes/)
  })
})
