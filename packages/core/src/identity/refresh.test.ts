import { describe, expect, it } from 'vitest'
import { goodPassword, identityTestPorts } from './identity-test-ports'
import { logout } from './logout'
import { personalWorkspaceId } from './personal-workspace'
import { refresh } from './refresh'
import { register } from './register'

async function signedIn() {
  const ports = identityTestPorts()
  const session = await register(ports, { email: 'ada@example.com', password: goodPassword })
  return { ports, session }
}

describe('refresh', () => {
  it('rotates: a new pair for the same session, and the old refresh token is spent', async () => {
    const { ports, session } = await signedIn()
    const next = await refresh(ports, session.refreshToken)
    expect(next.sessionId).toBe(session.sessionId)
    expect(next.refreshToken).not.toBe(session.refreshToken)
    expect(await ports.tokens.verify(next.accessToken)).toMatchObject({ sid: session.sessionId })
    expect(await refresh(ports, next.refreshToken)).toBeDefined()
  })

  it('revokes the whole session when a spent token comes back, and audits it', async () => {
    const { ports, session } = await signedIn()
    const next = await refresh(ports, session.refreshToken)
    await expect(refresh(ports, session.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
      message: expect.stringMatching(/already used/),
    })
    await expect(refresh(ports, next.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
    const log = await ports.audit.query(
      personalWorkspaceId(session.user.id),
      { action: 'auth.refresh.reused' },
      { limit: 5 },
    )
    expect(log.items).toHaveLength(1)
  })

  it('refuses malformed, unknown and forged tokens', async () => {
    const { ports, session } = await signedIn()
    const [sessionId] = session.refreshToken.split('.')
    for (const token of [
      '',
      'nope',
      `${sessionId}.`,
      `ses_unknown.${'a'.repeat(43)}`,
      `${sessionId}.${'a'.repeat(43)}`,
    ])
      await expect(refresh(ports, token)).rejects.toMatchObject({ code: 'auth.unauthenticated' })
  })

  it('stops working after logout and for a disabled user', async () => {
    const { ports, session } = await signedIn()
    await logout(ports, { userId: session.user.id, sessionId: session.sessionId })
    await expect(refresh(ports, session.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })

    const other = await register(ports, { email: 'bob@example.com', password: goodPassword })
    await ports.users.update(other.user.id, { disabled: true })
    await expect(refresh(ports, other.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
  })

  it('ends with the session, whatever the rotations', async () => {
    const { ports, session } = await signedIn()
    ports.advance(31 * 86_400_000)
    await expect(refresh(ports, session.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
  })
})
