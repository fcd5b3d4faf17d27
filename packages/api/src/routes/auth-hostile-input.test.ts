import { describe, expect, it } from 'vitest'
import { accountsApp, goodPassword, problemOf } from './account-test-kit'

const valid = { email: 'ada@example.com', password: goodPassword }

// Each: a request body that must be refused with a 4xx problem, and never create an account.
const hostileRegistrations: [string, unknown, number][] = [
  ['no body at all', undefined, 400],
  ['malformed JSON', '{"email": "ada@example.com", ', 400],
  ['a JSON array', '[]', 422],
  ['JSON null', 'null', 422],
  ['email as a number', { ...valid, email: 42 }, 422],
  ['email as an array', { ...valid, email: ['ada@example.com'] }, 422],
  ['email as a NoSQL operator', { ...valid, email: { $gt: '' } }, 422],
  [
    'email with a smuggled mail header',
    { ...valid, email: 'ada@example.com\r\nBcc: x@evil.example' },
    422,
  ],
  ['email in fullwidth letters', { ...valid, email: 'ａｄａ@example.com' }, 422],
  ['email with a Cyrillic homoglyph', { ...valid, email: 'аda@example.com' }, 422],
  ['email with SQL in it', { ...valid, email: "' OR 1=1 --" }, 422],
  [
    'email over 254 characters',
    { ...valid, email: `${'a'.repeat(64)}@${'b'.repeat(190)}.com` },
    422,
  ],
  ['password as a number', { ...valid, password: 123456789012 }, 422],
  ['password null', { ...valid, password: null }, 422],
  ['password over 256 characters', { ...valid, password: 'ab'.repeat(129) }, 422],
  ['name empty', { ...valid, name: '' }, 422],
  ['name of spaces', { ...valid, name: '   ' }, 422],
  ['name with a NUL byte', { ...valid, name: 'Ada\u0000' }, 422],
  ['name with a bidi override', { ...valid, name: 'Ada\u202Egnp.exe' }, 422],
  ['name with a zero-width space', { ...valid, name: 'A\u200Bda' }, 422],
  ['name over 100 characters', { ...valid, name: 'n'.repeat(101) }, 422],
  ['name as an object', { ...valid, name: { first: 'Ada' } }, 422],
  ['a body over the size limit', { ...valid, name: 'x'.repeat(2000) }, 413],
]

describe('hostile input on the account routes', () => {
  it.each(hostileRegistrations)('refuses registration with %s', async (_, body, status) => {
    const { call, userCount } = accountsApp()
    const response = await call('POST', '/v1/auth/register', {
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(status)
    expect((await problemOf(response)).status).toBe(status)
    expect(await userCount()).toBe(0)
  })

  it('refuses a body that is not JSON with 415', async () => {
    const { call, userCount } = accountsApp()
    const response = await call('POST', '/v1/auth/register', {
      body: 'email=ada@example.com&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(415)
    expect(await userCount()).toBe(0)
  })

  it('ignores fields a client may not set, such as its own role', async () => {
    const { signUp } = accountsApp()
    const session = await signUp('ada@example.com', { role: 'admin', disabled: true, id: 'usr_x' })
    expect(session.user).toMatchObject({ role: 'user', disabled: false })
    expect(session.user.id).not.toBe('usr_x')
  })

  it('stores injection-looking names as plain text and returns them unchanged', async () => {
    const { signUp } = accountsApp()
    for (const [i, name] of [
      "Robert'); DROP TABLE users;--",
      '<script>alert(1)</script>',
      '{{7*7}}',
    ].entries()) {
      const session = await signUp(`user${i}@example.com`, { name })
      expect(session.user.name).toBe(name)
    }
  })

  it('refuses wrong types on sign-in and refresh without touching any account', async () => {
    const { call, signUp, deps } = accountsApp()
    await signUp('ada@example.com')
    const bodies: [string, unknown][] = [
      ['/v1/auth/login', { email: { $ne: null }, password: { $ne: null } }],
      ['/v1/auth/login', { email: 'ada@example.com' }],
      ['/v1/auth/login', { email: 'ada@example.com', password: '' }],
      ['/v1/auth/refresh', { refreshToken: 42 }],
      ['/v1/auth/refresh', {}],
    ]
    for (const [path, body] of bodies) {
      const response = await call('POST', path, { body })
      expect(response.status, path).toBe(422)
      expect((await problemOf(response)).code).toBe('request.invalid')
    }
    const garbage = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: '../../etc/passwd' },
    })
    expect(garbage.status).toBe(401)
    // Nothing above counted as a failed password for the account.
    await expect(
      call('POST', '/v1/auth/login', {
        body: { email: 'ada@example.com', password: goodPassword },
      }),
    ).resolves.toHaveProperty('status', 200)
    expect((await deps.users.list({ limit: 10 })).items).toHaveLength(1)
  })
})
