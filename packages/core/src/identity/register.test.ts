import { describe, expect, it } from 'vitest'
import { goodPassword, identityTestPorts } from './identity-test-ports'
import { personalWorkspaceId } from './personal-workspace'
import { register } from './register'

describe('register', () => {
  it('creates the user, their personal workspace and a working session', async () => {
    const ports = identityTestPorts()
    const signedIn = await register(ports, {
      email: '  Ada@Example.COM ',
      password: goodPassword,
      name: ' Ada ',
    })

    expect(signedIn.user).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'user' })
    expect(signedIn.user.passwordHash).toMatch(/^scrypt\$/)
    expect(signedIn.user.passwordHash).not.toContain(goodPassword)

    const workspaceId = personalWorkspaceId(signedIn.user.id)
    expect(workspaceId).toBe(`ws_${signedIn.user.id.slice(4)}`)
    expect(await ports.workspaces.get(workspaceId)).toMatchObject({
      name: "Ada's workspace",
      personal: true,
      ownerId: signedIn.user.id,
    })
    expect(await ports.workspaces.getMembership(workspaceId, signedIn.user.id)).toMatchObject({
      role: 'owner',
    })

    expect(await ports.tokens.verify(signedIn.accessToken)).toMatchObject({
      sub: signedIn.user.id,
      sid: signedIn.sessionId,
    })
    const [, secret] = signedIn.refreshToken.split('.')
    const stored = ports.refreshTokens.families.get(signedIn.sessionId)
    expect(stored?.currentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain(secret)

    const log = await ports.audit.query(workspaceId, {}, { limit: 10 })
    expect(log.items.map((event) => event.action)).toEqual(['user.registered'])
  })

  it('names the workspace after the email when no name is given', async () => {
    const ports = identityTestPorts()
    const { user } = await register(ports, { email: 'grace@example.com', password: goodPassword })
    expect((await ports.workspaces.get(personalWorkspaceId(user.id)))?.name).toBe(
      "grace's workspace",
    )
  })

  it('refuses a taken email in any casing, creating nothing more', async () => {
    const ports = identityTestPorts()
    await register(ports, { email: 'ada@example.com', password: goodPassword })
    await expect(
      register(ports, { email: 'ADA@example.com', password: `${goodPassword}!` }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    expect(ports.users.byId.size).toBe(1)
    expect(ports.workspaces.workspaces.size).toBe(1)
  })

  it('reports every invalid field at once and creates nothing', async () => {
    const ports = identityTestPorts()
    await expect(
      register(ports, { email: 'not-an-email', password: goodPassword, name: 'Ada\u202Eevil' }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'email' }, { path: 'name' }] },
    })
    await expect(
      register(ports, { email: 'ada@example.com', password: 'ada@example.com' }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: {
        errors: expect.arrayContaining([
          { path: 'password', message: 'Do not use your email address as your password.' },
        ]),
      },
    })
    expect(ports.users.byId.size).toBe(0)
  })

  it('makes the first user a platform admin only when configured', async () => {
    const configured = identityTestPorts({ firstUserAdmin: true })
    const first = await register(configured, { email: 'a@example.com', password: goodPassword })
    const second = await register(configured, { email: 'b@example.com', password: goodPassword })
    expect([first.user.role, second.user.role]).toEqual(['admin', 'user'])
    expect(await configured.tokens.verify(first.accessToken)).toMatchObject({ role: 'admin' })

    const plain = identityTestPorts()
    const user = await register(plain, { email: 'a@example.com', password: goodPassword })
    expect(user.user.role).toBe('user')
  })
})
