import { describe, expect, it } from 'vitest'
import {
  accountsApp,
  bodyOf,
  goodPassword,
  type MeBody,
  problemOf,
  type SessionBody,
} from './account-test-kit'

const ada = 'ada@example.com'

describe('POST /v1/auth/register', () => {
  it('creates the account and answers 201 with a usable session, never the password hash', async () => {
    const { call, signUp } = accountsApp()
    const response = await call('POST', '/v1/auth/register', {
      body: { email: ' Ada@Example.com ', password: goodPassword, name: 'Ada Lovelace' },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await bodyOf<SessionBody>(response)
    expect(body.user).toEqual({
      id: expect.stringMatching(/^usr_/),
      email: ada,
      name: 'Ada Lovelace',
      role: 'user',
      disabled: false,
      createdAt: expect.any(String),
    })
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/)
    // The token's lifetime, never overstated (its expiry is in whole seconds).
    expect(body.expiresIn).toBeGreaterThanOrEqual(899)
    expect(body.expiresIn).toBeLessThanOrEqual(900)
    expect((await call('GET', '/v1/me', { token: body.accessToken })).status).toBe(200)

    const again = await call('POST', '/v1/auth/register', {
      body: { email: 'ADA@example.com', password: goodPassword },
    })
    expect(again.status).toBe(409)
    expect((await problemOf(again)).code).toBe('resource.conflict')
    await expect(signUp('grace@example.com')).resolves.toBeDefined()
  })

  it('lists every problem with the body in one 422', async () => {
    const { call, userCount } = accountsApp()
    const response = await call('POST', '/v1/auth/register', {
      body: { email: 'nope', password: 'aaaa', name: ' ' },
    })
    expect(response.status).toBe(422)
    const problem = await problemOf(response)
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'json.email', message: expect.stringMatching(/valid email/) },
        { path: 'json.password', message: 'Use at least 12 characters.' },
        { path: 'json.password', message: 'Use more than one distinct character.' },
        { path: 'json.name', message: expect.stringMatching(/at least one visible/) },
      ]),
    )
    expect(await userCount()).toBe(0)
  })

  it('makes the first user a platform admin when configured', async () => {
    const { signUp, call } = accountsApp({
      identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: true },
    })
    const first = await signUp('root@example.com')
    const second = await signUp('bob@example.com')
    expect([first.user.role, second.user.role]).toEqual(['admin', 'user'])
    const me = await bodyOf<MeBody>(await call('GET', '/v1/me', { token: first.accessToken }))
    expect(me.systemAdmin).toBe(true)
  })
})

describe('POST /v1/auth/login', () => {
  it('signs in, and answers a wrong password exactly like an unknown email', async () => {
    const { call, signUp, signIn } = accountsApp()
    await signUp(ada)
    const session = await signIn('ADA@example.com')
    expect(session.user.email).toBe(ada)

    const wrong = await call('POST', '/v1/auth/login', {
      body: { email: ada, password: 'x'.repeat(12) },
    })
    const unknown = await call('POST', '/v1/auth/login', {
      body: { email: 'who@example.com', password: goodPassword },
    })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    const [a, b] = [await problemOf(wrong), await problemOf(unknown)]
    expect(a.detail).toBe('The email or password is wrong.')
    expect({ ...a, requestId: 0 }).toEqual({ ...b, requestId: 0 })
  })
})

describe('POST /v1/auth/refresh', () => {
  it('rotates the pair; a reused token ends the session, newest tokens included', async () => {
    const { call, signUp } = accountsApp()
    const first = await signUp(ada)
    const refresh = (refreshToken: string) =>
      call('POST', '/v1/auth/refresh', { body: { refreshToken } })

    const rotated = await refresh(first.refreshToken)
    expect(rotated.status).toBe(200)
    const second = await bodyOf<SessionBody>(rotated)
    expect(second.refreshToken).not.toBe(first.refreshToken)
    expect((await call('GET', '/v1/me', { token: second.accessToken })).status).toBe(200)

    const replayed = await refresh(first.refreshToken)
    expect(replayed.status).toBe(401)
    expect((await problemOf(replayed)).detail).toMatch(/already used/)
    expect((await refresh(second.refreshToken)).status).toBe(401)
    expect((await call('GET', '/v1/me', { token: second.accessToken })).status).toBe(401)
  })
})

describe('POST /v1/auth/logout', () => {
  it('ends the session at once: its access and refresh tokens stop working', async () => {
    const { call, signUp, signIn } = accountsApp()
    const here = await signUp(ada)
    const elsewhere = await signIn(ada)
    const response = await call('POST', '/v1/auth/logout', { token: here.accessToken })
    expect(response.status).toBe(204)
    const after = await call('GET', '/v1/me', { token: here.accessToken })
    expect(after.status).toBe(401)
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/)
    const refreshed = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: here.refreshToken },
    })
    expect(refreshed.status).toBe(401)
    // Only that session: the other device stays signed in.
    expect((await call('GET', '/v1/me', { token: elsewhere.accessToken })).status).toBe(200)
  })

  it('needs a signed-in person: 401 anonymous, 403 for an API key', async () => {
    const { call, signUp, keyFor } = accountsApp()
    const anonymous = await call('POST', '/v1/auth/logout')
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer')
    const { secret } = await keyFor((await signUp(ada)).user.id)
    const byKey = await call('POST', '/v1/auth/logout', { apiKey: secret })
    expect(byKey.status).toBe(403)
  })
})

describe('POST /v1/auth/password', () => {
  const change = (body: unknown) => ({ body })

  it('changes the password and signs out every other session, keeping this one', async () => {
    const { call, signUp, signIn } = accountsApp()
    const here = await signUp(ada)
    const elsewhere = await signIn(ada)
    const response = await call('POST', '/v1/auth/password', {
      token: here.accessToken,
      ...change({ currentPassword: goodPassword, newPassword: 'a new long passphrase' }),
    })
    expect(response.status).toBe(204)
    expect((await call('GET', '/v1/me', { token: elsewhere.accessToken })).status).toBe(401)
    expect((await call('GET', '/v1/me', { token: here.accessToken })).status).toBe(200)
    await expect(signIn(ada, 'a new long passphrase')).resolves.toBeDefined()
    const old = await call('POST', '/v1/auth/login', {
      body: { email: ada, password: goodPassword },
    })
    expect(old.status).toBe(401)
  })

  it('refuses a wrong current password (403) and a weak new one (422), changing nothing', async () => {
    const { call, signUp, signIn } = accountsApp()
    const here = await signUp(ada)
    const wrong = await call('POST', '/v1/auth/password', {
      token: here.accessToken,
      ...change({ currentPassword: 'not my password', newPassword: 'a new long passphrase' }),
    })
    expect(wrong.status).toBe(403)
    const weak = await call('POST', '/v1/auth/password', {
      token: here.accessToken,
      ...change({ currentPassword: goodPassword, newPassword: ada }),
    })
    expect(weak.status).toBe(422)
    expect((await problemOf(weak)).errors).toContainEqual({
      path: 'json.newPassword',
      message: 'Do not use your email address as your password.',
    })
    await expect(signIn(ada)).resolves.toBeDefined()
  })
})
