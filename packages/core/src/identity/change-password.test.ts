import { describe, expect, it } from 'vitest'
import { changePassword } from './change-password'
import { goodPassword, identityTestPorts } from './identity-test-ports'
import { login } from './login'
import { refresh } from './refresh'
import { register } from './register'

const email = 'ada@example.com'
const newPassword = 'a brand new passphrase'

async function twoSessions() {
  const ports = identityTestPorts()
  const here = await register(ports, { email, password: goodPassword })
  const elsewhere = await login(ports, { email, password: goodPassword })
  return { ports, here, elsewhere, caller: { userId: here.user.id, sessionId: here.sessionId } }
}

describe('changePassword', () => {
  it('switches the password and signs out every other session, keeping this one', async () => {
    const { ports, here, elsewhere, caller } = await twoSessions()
    const result = await changePassword(ports, caller, {
      currentPassword: goodPassword,
      newPassword,
    })
    expect(result).toEqual({ otherSessionsRevoked: 1 })

    await expect(refresh(ports, elsewhere.refreshToken)).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
    await expect(refresh(ports, here.refreshToken)).resolves.toBeDefined()
    await expect(login(ports, { email, password: goodPassword })).rejects.toMatchObject({
      code: 'auth.unauthenticated',
    })
    await expect(login(ports, { email, password: newPassword })).resolves.toBeDefined()
  })

  it('refuses a wrong current password and changes nothing', async () => {
    const { ports, elsewhere, caller } = await twoSessions()
    await expect(
      changePassword(ports, caller, { currentPassword: 'not my password', newPassword }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(refresh(ports, elsewhere.refreshToken)).resolves.toBeDefined()
    await expect(login(ports, { email, password: goodPassword })).resolves.toBeDefined()
  })

  it('applies the policy to the new password, under its own field name', async () => {
    const { ports, caller } = await twoSessions()
    for (const bad of ['short', email, goodPassword])
      await expect(
        changePassword(ports, caller, { currentPassword: goodPassword, newPassword: bad }),
      ).rejects.toMatchObject({
        code: 'request.invalid',
        details: { errors: [expect.objectContaining({ path: 'newPassword' })] },
      })
  })

  it('cannot be used to guess the password with a stolen access token', async () => {
    const { ports, caller } = await twoSessions()
    for (let i = 0; i < 5; i++)
      await changePassword(ports, caller, { currentPassword: `guess ${i}`, newPassword }).catch(
        () => {},
      )
    await expect(
      changePassword(ports, caller, { currentPassword: goodPassword, newPassword }),
    ).rejects.toMatchObject({ code: 'rateLimit.exceeded' })
  })
})
