import { describe, expect, it } from 'vitest'
import { goodPassword, identityTestPorts } from './identity-test-ports'
import { login } from './login'
import { personalWorkspaceId } from './personal-workspace'
import { listAllWorkspaces, listUsers, setUserDisabled } from './platform-admin'
import { refresh } from './refresh'
import { register } from './register'

async function adminAndBob() {
  const ports = identityTestPorts({ firstUserAdmin: true })
  const admin = await register(ports, { email: 'root@example.com', password: goodPassword })
  const bob = await register(ports, { email: 'bob@example.com', password: goodPassword })
  return { ports, admin: { userId: admin.user.id }, bob }
}

describe('platform administration', () => {
  it('disabling a user ends their sessions and sign-ins; enabling lets them back', async () => {
    const { ports, admin, bob } = await adminAndBob()
    const disabled = await setUserDisabled(ports, admin, { userId: bob.user.id, disabled: true })
    expect(disabled.disabled).toBe(true)
    await expect(refresh(ports, bob.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
    await expect(
      login(ports, { email: 'bob@example.com', password: goodPassword }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })

    await setUserDisabled(ports, admin, { userId: bob.user.id, disabled: false })
    await expect(
      login(ports, { email: 'bob@example.com', password: goodPassword }),
    ).resolves.toBeDefined()

    const log = await ports.audit.query(personalWorkspaceId(bob.user.id), {}, { limit: 10 })
    const byAdmin = log.items.filter((event) => event.actor.id === admin.userId)
    // Same clock tick, so compare as a set.
    expect(byAdmin.map((event) => event.action).sort()).toEqual(['user.disabled', 'user.enabled'])
    expect(byAdmin.every((event) => event.actor.label === 'root@example.com')).toBe(true)
  })

  it('refuses to let an admin disable themselves, and 404s an unknown user', async () => {
    const { ports, admin } = await adminAndBob()
    await expect(
      setUserDisabled(ports, admin, { userId: admin.userId, disabled: true }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      setUserDisabled(ports, admin, { userId: 'usr_nobody', disabled: true }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('lists every user and every workspace', async () => {
    const { ports } = await adminAndBob()
    const users = await listUsers(ports, { limit: 1 })
    expect(users.items.map((user) => user.email)).toEqual(['root@example.com'])
    const rest = await listUsers(ports, { limit: 1, cursor: users.nextCursor ?? '' })
    expect(rest.items.map((user) => user.email)).toEqual(['bob@example.com'])
    expect((await listAllWorkspaces(ports, { limit: 10 })).items).toHaveLength(2)
  })
})
