import { describe, expect, it, vi } from 'vitest'
import { goodPassword, identityTestPorts } from './identity-test-ports'
import { login } from './login'
import { personalWorkspaceId } from './personal-workspace'
import { register } from './register'

const email = 'ada@example.com'

async function withAda() {
  const ports = identityTestPorts()
  const { user } = await register(ports, { email, password: goodPassword })
  return { ports, user }
}

const actions = async (ports: Awaited<ReturnType<typeof withAda>>['ports'], userId: string) =>
  (await ports.audit.query(personalWorkspaceId(userId), {}, { limit: 50 })).items.map(
    (event) => `${event.action}:${event.outcome}`,
  )

describe('login', () => {
  it('starts a new session for the right password, in any email casing', async () => {
    const { ports, user } = await withAda()
    const session = await login(ports, { email: ' ADA@example.com', password: goodPassword })
    expect(session.user.id).toBe(user.id)
    expect(await ports.tokens.verify(session.accessToken)).toMatchObject({ sid: session.sessionId })
    expect(await actions(ports, user.id)).toContain('auth.login.succeeded:success')
  })

  it('answers an unknown email exactly like a wrong password, after the same hash work', async () => {
    const { ports, user } = await withAda()
    const verify = vi.spyOn(ports.passwords, 'verify')
    const wrong = await login(ports, { email, password: 'not the password!' }).catch((e) => e)
    const unknown = await login(ports, {
      email: 'nobody@example.com',
      password: goodPassword,
    }).catch((e) => e)
    expect([wrong.code, wrong.message]).toEqual([
      'auth.unauthenticated',
      'The email or password is wrong.',
    ])
    expect([unknown.code, unknown.message]).toEqual([wrong.code, wrong.message])
    expect(verify).toHaveBeenCalledTimes(2)

    // The failure against a real account is in its owner's log; the unknown email only in the logs.
    expect(await actions(ports, user.id)).toContain('auth.login.failed:failure')
    expect(ports.warnings).toHaveLength(1)
    expect(JSON.stringify(ports.warnings)).not.toContain('nobody@example.com')
  })

  it('tells a disabled account so only when the password is right', async () => {
    const { ports, user } = await withAda()
    await ports.users.update(user.id, { disabled: true })
    await expect(login(ports, { email, password: 'not the password!' })).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
    await expect(login(ports, { email, password: goodPassword })).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(ports.refreshTokens.families.size).toBe(1) // only the one from registration
  })

  it('locks an account after 5 failures, even for the right password, until time passes', async () => {
    const { ports } = await withAda()
    for (let i = 0; i < 5; i++)
      await expect(login(ports, { email, password: `guess number ${i}!` })).rejects.toMatchObject({
        code: 'auth.unauthenticated',
      })
    await expect(login(ports, { email, password: goodPassword })).rejects.toMatchObject({
      code: 'rateLimit.exceeded',
      details: { retryAfterSeconds: 180 },
    })
    ports.advance(180_000)
    await expect(login(ports, { email, password: goodPassword })).resolves.toBeDefined()
  })

  it('does not count successful sign-ins against the account', async () => {
    const { ports } = await withAda()
    for (let i = 0; i < 4; i++)
      await login(ports, { email, password: 'a wrong password' }).catch(() => {})
    for (let i = 0; i < 8; i++) await login(ports, { email, password: goodPassword })
    await expect(login(ports, { email, password: goodPassword })).resolves.toBeDefined()
  })

  it('limits failures per IP across many accounts (password spraying)', async () => {
    const { ports } = await withAda()
    const origin = { ip: '203.0.113.9' }
    for (let i = 0; i < 30; i++)
      await login(ports, { email: `user${i}@example.com`, password: goodPassword }, origin).catch(
        () => {},
      )
    await expect(login(ports, { email, password: goodPassword }, origin)).rejects.toMatchObject({
      code: 'rateLimit.exceeded',
    })
    await expect(
      login(ports, { email, password: goodPassword }, { ip: '198.51.100.1' }),
    ).resolves.toBeDefined()
  })

  it('recreates a missing personal workspace at sign-in', async () => {
    const { ports, user } = await withAda()
    await ports.workspaces.delete(personalWorkspaceId(user.id))
    await login(ports, { email, password: goodPassword })
    expect(await ports.workspaces.get(personalWorkspaceId(user.id))).toMatchObject({
      personal: true,
      ownerId: user.id,
    })
  })
})
