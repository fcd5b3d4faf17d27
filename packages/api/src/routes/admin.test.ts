import { describe, expect, it } from 'vitest'
import {
  accountsApp,
  bodyOf,
  goodPassword,
  type PageBody,
  problemOf,
  type SessionBody,
} from './account-test-kit'

const firstUserAdmin = {
  identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: true },
}

async function platform() {
  const kit = accountsApp(firstUserAdmin)
  const root = await kit.signUp('root@example.com')
  const bob = await kit.signUp('bob@example.com')
  return { ...kit, root, bob }
}

describe('/v1/admin', () => {
  it('is for platform admins only: 401 anonymous, 403 for users and API keys', async () => {
    const { call, root, bob, keyFor } = await platform()
    const { secret } = await keyFor(root.user.id)
    for (const [method, path] of [
      ['GET', '/v1/admin/users'],
      ['PATCH', `/v1/admin/users/${root.user.id}`],
      ['GET', '/v1/admin/workspaces'],
    ] as const) {
      const body = method === 'PATCH' ? { disabled: true } : undefined
      expect((await call(method, path, { body })).status, path).toBe(401)
      expect((await call(method, path, { body, token: bob.accessToken })).status, path).toBe(403)
      expect((await call(method, path, { body, apiKey: secret })).status, path).toBe(403)
    }
    expect((await call('GET', '/v1/me', { token: root.accessToken })).status).toBe(200)
  })

  it('lists users page by page, without password hashes', async () => {
    const { call, root } = await platform()
    const first = await bodyOf<PageBody<SessionBody['user']>>(
      await call('GET', '/v1/admin/users?limit=1', { token: root.accessToken }),
    )
    expect(first.items).toEqual([
      expect.objectContaining({ email: 'root@example.com', role: 'admin' }),
    ])
    const next = await call('GET', `/v1/admin/users?limit=1&cursor=${first.nextCursor}`, {
      token: root.accessToken,
    })
    expect((await bodyOf<PageBody<SessionBody['user']>>(next)).items[0]?.email).toBe(
      'bob@example.com',
    )
    expect(JSON.stringify(first)).not.toMatch(/scrypt|passwordHash/)
    const tooMany = await call('GET', '/v1/admin/users?limit=500', { token: root.accessToken })
    expect(tooMany.status).toBe(422)
  })

  it('lists every workspace on the platform', async () => {
    const { call, root } = await platform()
    const page = await bodyOf<PageBody<{ id: string }>>(
      await call('GET', '/v1/admin/workspaces', { token: root.accessToken }),
    )
    expect(page.items).toHaveLength(2)
    expect(page.nextCursor).toBeNull()
  })

  it('disabling a user locks them out at once: token, refresh, sign-in and API keys', async () => {
    const { call, root, bob, keyFor } = await platform()
    const { secret } = await keyFor(bob.user.id)
    const disable = await call('PATCH', `/v1/admin/users/${bob.user.id}`, {
      token: root.accessToken,
      body: { disabled: true },
    })
    expect(disable.status).toBe(200)
    expect(await bodyOf<SessionBody['user']>(disable)).toMatchObject({
      id: bob.user.id,
      disabled: true,
    })

    expect((await call('GET', '/v1/me', { token: bob.accessToken })).status).toBe(401)
    expect((await call('GET', '/v1/me', { apiKey: secret })).status).toBe(401)
    const refresh = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: bob.refreshToken },
    })
    expect(refresh.status).toBe(401)
    const login = await call('POST', '/v1/auth/login', {
      body: { email: 'bob@example.com', password: goodPassword },
    })
    expect(login.status).toBe(403)
    expect((await problemOf(login)).detail).toMatch(/disabled/)

    await call('PATCH', `/v1/admin/users/${bob.user.id}`, {
      token: root.accessToken,
      body: { disabled: false },
    })
    const back = await call('POST', '/v1/auth/login', {
      body: { email: 'bob@example.com', password: goodPassword },
    })
    expect(back.status).toBe(200)
  })

  it('refuses to disable oneself, unknown users and malformed changes', async () => {
    const { call, root } = await platform()
    const token = root.accessToken
    const self = await call('PATCH', `/v1/admin/users/${root.user.id}`, {
      token,
      body: { disabled: true },
    })
    expect(self.status).toBe(403)
    const unknown = await call('PATCH', '/v1/admin/users/usr_nobody', {
      token,
      body: { disabled: true },
    })
    expect(unknown.status).toBe(404)
    for (const body of [{ disabled: 'yes' }, { disabled: true, role: 'admin' }, {}]) {
      const response = await call('PATCH', `/v1/admin/users/${root.user.id}`, { token, body })
      expect(response.status, JSON.stringify(body)).toBe(422)
    }
    const path = await call('PATCH', '/v1/admin/users/..%2F..%2Fetc', {
      token,
      body: { disabled: true },
    })
    expect(path.status).toBe(422)
    expect((await call('GET', '/v1/me', { token })).status).toBe(200)
  })
})
