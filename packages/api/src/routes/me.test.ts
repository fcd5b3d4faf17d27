import { personalWorkspaceId } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { accountsApp, bodyOf, type MeBody, problemOf } from './account-test-kit'

interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown }>>
  components: { schemas: Record<string, { properties: Record<string, unknown> }> }
}

describe('GET /v1/me', () => {
  it('shows a person their account, workspaces and roles, and no password hash', async () => {
    const { call, signUp, deps } = accountsApp()
    const ada = await signUp('ada@example.com', { name: 'Ada' })
    const bob = await signUp('bob@example.com')
    // Bob invites Ada into his personal workspace as a viewer.
    await deps.workspaces.addMember({
      workspaceId: personalWorkspaceId(bob.user.id),
      userId: ada.user.id,
      role: 'viewer',
      workspaceName: "bob's workspace",
      email: 'ada@example.com',
    })

    const response = await call('GET', '/v1/me', { token: ada.accessToken })
    expect(response.status).toBe(200)
    const me = await bodyOf<MeBody>(response)
    expect(me).toMatchObject({
      user: { id: ada.user.id, email: 'ada@example.com', name: 'Ada', role: 'user' },
      systemAdmin: false,
      personalWorkspaceId: personalWorkspaceId(ada.user.id),
      apiKey: null,
    })
    expect(me.workspaces).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: personalWorkspaceId(ada.user.id),
          name: "Ada's workspace",
          role: 'owner',
        }),
        expect.objectContaining({ id: personalWorkspaceId(bob.user.id), role: 'viewer' }),
      ]),
    )
    expect(me.workspaces).toHaveLength(2)
    expect(JSON.stringify(me)).not.toMatch(/scrypt|passwordHash/)
  })

  it("shows an API key its creator and the key's own workspace only", async () => {
    const { call, signUp, keyFor, deps } = accountsApp()
    const ada = await signUp('ada@example.com')
    await deps.workspaces.addMember({
      workspaceId: 'ws_elsewhere',
      userId: ada.user.id,
      role: 'member',
      workspaceName: 'Elsewhere',
      email: 'ada@example.com',
    })
    const { secret, key } = await keyFor(ada.user.id)
    for (const credentials of [{ apiKey: secret }, { token: secret }]) {
      const me = await bodyOf<MeBody>(await call('GET', '/v1/me', credentials))
      expect(me).toMatchObject({
        user: { id: ada.user.id },
        systemAdmin: false,
        apiKey: { id: key.id, workspaceId: personalWorkspaceId(ada.user.id), scopes: ['read'] },
      })
      expect(me.workspaces.map((w) => w.id)).toEqual([personalWorkspaceId(ada.user.id)])
    }
  })

  it('asks anonymous callers to sign in', async () => {
    const response = await accountsApp().call('GET', '/v1/me')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect((await problemOf(response)).code).toBe('auth.unauthenticated')
  })

  it('is described in the OpenAPI document with the account routes', async () => {
    const document = await bodyOf<OpenApiDocument>(await accountsApp().call('GET', '/openapi.json'))
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/register',
        '/v1/auth/login',
        '/v1/auth/refresh',
        '/v1/auth/logout',
        '/v1/auth/password',
        '/v1/me',
        '/v1/admin/users',
        '/v1/admin/users/{id}',
        '/v1/admin/workspaces',
      ]),
    )
    expect(document.paths['/v1/me']?.get?.security).toEqual([{ bearer: [] }, { apiKey: [] }])
    expect(document.components.schemas.User?.properties).not.toHaveProperty('passwordHash')
  })
})
