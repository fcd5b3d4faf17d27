import { JwtAccessTokenSigner } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { accountsApp, bodyOf, problemOf, type SessionBody } from '../routes/account-test-kit'

const badCredential = async (response: Response) => {
  expect(response.status).toBe(401)
  expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
  return (await problemOf(response)).detail
}

describe('authenticate', () => {
  it('accepts an API key as a Bearer token and as X-API-Key', async () => {
    const { call, signUp, keyFor } = accountsApp()
    const { secret } = await keyFor((await signUp('ada@example.com')).user.id)
    expect((await call('GET', '/v1/me', { token: secret })).status).toBe(200)
    expect((await call('GET', '/v1/me', { apiKey: secret })).status).toBe(200)
    // The same key in both headers is fine; two different credentials are not.
    const both = await call('GET', '/v1/me', { token: secret, apiKey: secret })
    expect(both.status).toBe(200)
    const other = await keyFor((await signUp('bob@example.com')).user.id)
    expect(
      await badCredential(await call('GET', '/v1/me', { token: secret, apiKey: other.secret })),
    ).toMatch(/one credential/)
  })

  it('refuses revoked, expired and unknown keys, and keys of a disabled creator', async () => {
    const { call, signUp, keyFor, deps } = accountsApp()
    const ada = await signUp('ada@example.com')
    const revoked = await keyFor(ada.user.id, { revokedAt: '2026-01-01T00:00:00Z' })
    const expired = await keyFor(ada.user.id, { expiresAt: '2020-01-01T00:00:00Z' })
    expect(await badCredential(await call('GET', '/v1/me', { apiKey: revoked.secret }))).toMatch(
      /revoked/,
    )
    expect(await badCredential(await call('GET', '/v1/me', { apiKey: expired.secret }))).toMatch(
      /expired/,
    )
    expect(
      await badCredential(await call('GET', '/v1/me', { apiKey: `chk_${'x'.repeat(43)}` })),
    ).toMatch(/not valid/)

    const live = await keyFor(ada.user.id)
    expect((await call('GET', '/v1/me', { apiKey: live.secret })).status).toBe(200)
    await deps.users.update(ada.user.id, { disabled: true })
    expect(await badCredential(await call('GET', '/v1/me', { apiKey: live.secret }))).toMatch(
      /creator/,
    )
  })

  it('records when a key was last used, at most about once a minute', async () => {
    let now = new Date('2026-05-01T12:00:00Z')
    const { call, signUp, keyFor, deps } = accountsApp({ clock: () => now })
    const { secret, key } = await keyFor((await signUp('ada@example.com')).user.id)
    const lastUsed = async () => (await deps.apiKeys.get(key.workspaceId, key.id))?.lastUsedAt

    await call('GET', '/v1/me', { apiKey: secret })
    expect(await lastUsed()).toBe('2026-05-01T12:00:00.000Z')
    now = new Date('2026-05-01T12:00:30Z')
    await call('GET', '/v1/me', { apiKey: secret })
    expect(await lastUsed()).toBe('2026-05-01T12:00:00.000Z')
    now = new Date('2026-05-01T12:01:05Z')
    await call('GET', '/v1/me', { apiKey: secret })
    expect(await lastUsed()).toBe('2026-05-01T12:01:05.000Z')
  })

  it('refuses an access token once it has expired, saying so', async () => {
    let now = new Date('2026-05-01T12:00:00Z')
    const { call, signUp } = accountsApp({ clock: () => now })
    const ada = await signUp('ada@example.com')
    now = new Date('2026-05-01T12:14:00Z')
    expect((await call('GET', '/v1/me', { token: ada.accessToken })).status).toBe(200)
    now = new Date('2026-05-01T12:15:01Z')
    expect(await badCredential(await call('GET', '/v1/me', { token: ada.accessToken }))).toMatch(
      /expired/,
    )
    // The refresh token still gets a fresh one.
    const refreshed = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: ada.refreshToken },
    })
    const { accessToken } = await bodyOf<SessionBody>(refreshed)
    expect((await call('GET', '/v1/me', { token: accessToken })).status).toBe(200)
  })

  it('refuses forged tokens and malformed headers, never treating them as anonymous', async () => {
    const { call, signUp } = accountsApp()
    const ada = await signUp('ada@example.com')
    const forger = new JwtAccessTokenSigner('an-attacker-secret-that-is-32-bytes-long!', 900)
    const forged = await forger.sign({ sub: ada.user.id, sid: 'ses_x', role: 'admin' })
    expect(await badCredential(await call('GET', '/v1/me', { token: forged.token }))).toMatch(
      /not valid/,
    )

    for (const authorization of [
      'Basic YWRhOnB3',
      'Bearer',
      `Bearer ${ada.accessToken} extra`,
      `Token ${ada.accessToken}`,
      `Bearer ${'a'.repeat(5000)}`,
    ])
      await badCredential(await call('GET', '/v1/me', { headers: { authorization } }))
    await badCredential(await call('GET', '/v1/me', { headers: { 'x-api-key': ada.accessToken } }))
    // A route that allows anonymous callers still refuses a bad credential.
    const login = await call('POST', '/v1/auth/login', {
      headers: { authorization: 'Bearer nonsense' },
      body: { email: 'ada@example.com', password: 'whatever-it-is' },
    })
    expect(login.status).toBe(401)
  })

  it('refuses a token whose user or session no longer exists', async () => {
    const { call, signUp, deps } = accountsApp()
    const ada = await signUp('ada@example.com')
    const claims = await deps.tokens.verify(ada.accessToken)
    const other = await deps.tokens.sign({ ...claims, sid: 'ses_doesnotexist' })
    expect(await badCredential(await call('GET', '/v1/me', { token: other.token }))).toMatch(
      /session/,
    )
    const ghost = await deps.tokens.sign({ ...claims, sub: 'usr_ghost' })
    expect(await badCredential(await call('GET', '/v1/me', { token: ghost.token }))).toMatch(
      /account/,
    )
  })
})
