import { describe, expect, it } from 'vitest'
import { InMemoryRateLimits } from '../testing'
import { BucketLoginThrottle } from './login-throttle'
import { defaultRateLimitPolicies } from './policies'
import { takeToken } from './token-bucket'

const now = new Date('2026-01-01T00:00:00Z')

describe('login throttle', () => {
  it('charges failures and forgives successes, per account', async () => {
    const store = new InMemoryRateLimits()
    const throttle = new BucketLoginThrottle(store, defaultRateLimitPolicies, () => now)
    for (let i = 0; i < 20; i++)
      await (await throttle.attempt('ada@example.com', '1.2.3.4')).succeeded()
    for (let i = 0; i < 5; i++) await throttle.attempt('ADA@example.com', '1.2.3.4')
    await expect(throttle.attempt('ada@example.com', '5.6.7.8')).rejects.toMatchObject({
      code: 'rateLimit.exceeded',
      status: 429,
    })
    // Another account from the same IP is still fine: the IP allows 30.
    await expect(throttle.attempt('bob@example.com', '1.2.3.4')).resolves.toBeDefined()
  })

  it('does not charge the IP for an attempt refused by the account bucket', async () => {
    const store = new InMemoryRateLimits()
    const throttle = new BucketLoginThrottle(store, defaultRateLimitPolicies, () => now)
    for (let i = 0; i < 5; i++) await throttle.attempt('ada@example.com', '1.2.3.4')
    for (let i = 0; i < 50; i++)
      await throttle.attempt('ada@example.com', '1.2.3.4').catch(() => {})
    const ip = await takeToken(store, 'login:ip:1.2.3.4', defaultRateLimitPolicies.loginPerIp, now)
    expect(ip.remaining).toBe(24)
  })

  it('keeps no email address in the store', async () => {
    const store = new InMemoryRateLimits()
    await new BucketLoginThrottle(store, defaultRateLimitPolicies, () => now).attempt(
      'ada@example.com',
      undefined,
    )
    expect([...store.buckets.keys()].join()).not.toContain('ada')
  })
})
