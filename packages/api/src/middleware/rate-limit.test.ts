import { defaultRateLimitPolicies, type RateLimitPolicy } from '@chatter/core'
import { InMemoryRateLimits } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { accountsApp, goodPassword, problemOf } from '../routes/account-test-kit'
import { routeClassOf } from './rate-limit'

const roomy: RateLimitPolicy = { limit: 1000, windowSeconds: 60, burst: 1000, onContention: 'open' }
const login = (email: string, password: string, ip?: string) => ({
  body: { email, password },
  ...(ip ? { ip } : {}),
})

describe('rate limits', () => {
  it('classifies routes: auth by IP, chat, and the rest', () => {
    expect(routeClassOf('/v1/auth/login')).toBe('auth')
    expect(routeClassOf('/v1/conversations/c_1/messages')).toBe('chat')
    expect(routeClassOf('/v1/chat/completions')).toBe('chat')
    expect(routeClassOf('/v1/conversations/c_1')).toBe('default')
    expect(routeClassOf('/v1/authors')).toBe('default')
  })

  it('puts RateLimit headers on every response, errors included', async () => {
    const { call, signUp } = accountsApp()
    const ada = await signUp('ada@example.com')
    const ok = await call('GET', '/v1/me', { token: ada.accessToken })
    expect(ok.headers.get('ratelimit-limit')).toBe('120')
    expect(ok.headers.get('ratelimit-remaining')).toBe('119')
    expect(Number(ok.headers.get('ratelimit-reset'))).toBeGreaterThan(0)
    const invalid = await call('POST', '/v1/auth/login', { body: {} })
    expect(invalid.status).toBe(422)
    expect(invalid.headers.get('ratelimit-limit')).toBe('10')
  })

  it('answers 429 with Retry-After once the auth burst is spent, per client IP', async () => {
    let now = new Date('2026-05-01T12:00:00Z')
    const { call } = accountsApp({ clock: () => now })
    const attempt = (ip: string) => call('POST', '/v1/auth/login', { body: {}, ip })
    for (let i = 0; i < 10; i++) expect((await attempt('203.0.113.7')).status).toBe(422)
    const limited = await attempt('203.0.113.7')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    expect((await problemOf(limited)).code).toBe('rateLimit.exceeded')

    expect((await attempt('198.51.100.4')).status).toBe(422)
    now = new Date('2026-05-01T12:00:03Z')
    expect((await attempt('203.0.113.7')).status).toBe(422)
  })

  it('throttles guessed credentials by client IP, still answering each guess 401', async () => {
    const tight = { ...defaultRateLimitPolicies.default, burst: 3 }
    const { call } = accountsApp({ rateLimitPolicies: { default: tight } })
    const guess = (ip: string) =>
      call('GET', '/v1/me', { apiKey: 'chk_guessed-key-guessed-key-guessed-key-0000', ip })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await guess('203.0.113.9')).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    const refused = await guess('198.51.100.2')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('ratelimit-remaining')).toBe('2')
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token')
  })

  it("counts a signed-out token's requests against the IP, not the user's bucket", async () => {
    const tight = { ...defaultRateLimitPolicies.default, burst: 3 }
    const { call, signUp } = accountsApp({ rateLimitPolicies: { default: tight } })
    const ada = await signUp('ada@example.com')
    const other = await call('POST', '/v1/auth/login', login('ada@example.com', goodPassword))
    const { accessToken } = (await other.json()) as { accessToken: string }
    expect((await call('POST', '/v1/auth/logout', { token: accessToken })).status).toBe(204)
    const stale = (ip: string) => call('GET', '/v1/me', { token: accessToken, ip })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await stale('203.0.113.9')).status)
    expect(statuses).toEqual([401, 401, 401, 429])
    const fresh = await call('GET', '/v1/me', { token: ada.accessToken, ip: '203.0.113.9' })
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('ratelimit-remaining')).toBe('2')
  })

  it('gives each caller its own bucket: users and API keys', async () => {
    const tight = { ...defaultRateLimitPolicies.default, burst: 2 }
    const { call, signUp, keyFor } = accountsApp({ rateLimitPolicies: { default: tight } })
    const ada = await signUp('ada@example.com')
    const bob = await signUp('bob@example.com')
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await call('GET', '/v1/me', { token: ada.accessToken })).status)
    expect(statuses).toEqual([200, 200, 429])
    expect((await call('GET', '/v1/me', { token: bob.accessToken })).status).toBe(200)
    const { secret } = await keyFor(ada.user.id)
    expect((await call('GET', '/v1/me', { apiKey: secret })).status).toBe(200)
  })

  it('locks sign-in for an account after 5 failures, even with the right password', async () => {
    const { call, signUp } = accountsApp()
    await signUp('ada@example.com')
    for (let i = 0; i < 5; i++)
      expect(
        (await call('POST', '/v1/auth/login', login('ada@example.com', `wrong guess ${i}`))).status,
      ).toBe(401)
    const right = await call(
      'POST',
      '/v1/auth/login',
      login('ada@example.com', goodPassword, '198.51.100.4'),
    )
    expect(right.status).toBe(429)
    expect(right.headers.get('retry-after')).toBe('180')
    expect((await problemOf(right)).detail).toMatch(/failed sign-in attempts/)
  })

  it('locks sign-in from an IP that sprays many accounts, not from others', async () => {
    const { call, signUp } = accountsApp({ rateLimitPolicies: { auth: roomy } })
    await signUp('ada@example.com')
    const sprayer = '203.0.113.66'
    for (let i = 0; i < 30; i++)
      await call('POST', '/v1/auth/login', login(`victim${i}@example.com`, goodPassword, sprayer))
    const fromSprayer = await call(
      'POST',
      '/v1/auth/login',
      login('ada@example.com', goodPassword, sprayer),
    )
    expect(fromSprayer.status).toBe(429)
    const fromAda = await call(
      'POST',
      '/v1/auth/login',
      login('ada@example.com', goodPassword, '198.51.100.4'),
    )
    expect(fromAda.status).toBe(200)
  })

  it('lets requests through when the limit store fails, rather than failing them', async () => {
    const broken = new InMemoryRateLimits()
    broken.increment = broken.reset = async () => {
      throw new Error('ProvisionedThroughputExceededException')
    }
    const { call, signUp } = accountsApp({ rateLimits: broken })
    const ada = await signUp('ada@example.com')
    const me = await call('GET', '/v1/me', { token: ada.accessToken })
    expect(me.status).toBe(200)
    expect(me.headers.get('ratelimit-limit')).toBeNull()
  })
})
