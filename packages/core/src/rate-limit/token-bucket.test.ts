import { describe, expect, it } from 'vitest'
import type { RateLimitStore } from '../ports/rate-limit-store'
import { InMemoryRateLimits } from '../testing'
import { type RateLimitPolicy, takeToken } from './token-bucket'

const policy: RateLimitPolicy = { limit: 60, windowSeconds: 60, burst: 3, onContention: 'open' }
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000)

/** A store whose writes find the bucket changed by a rival (and report it gone), `losses` times. */
class ContestedStore implements RateLimitStore {
  constructor(
    private readonly inner: InMemoryRateLimits,
    public losses: number,
  ) {}
  async increment(key: string, amount: number, bounds: { atLeast?: number; atMost?: number }) {
    if (this.losses-- > 0) return { applied: false, tat: undefined }
    return this.inner.increment(key, amount, bounds)
  }
  async reset(key: string, tat: number, before: number) {
    if (this.losses-- > 0) return { applied: false, tat: undefined }
    return this.inner.reset(key, tat, before)
  }
}

describe('token bucket', () => {
  it('allows a burst, then refuses with how long to wait', async () => {
    const store = new InMemoryRateLimits()
    const decisions = []
    for (let i = 0; i < 4; i++) decisions.push(await takeToken(store, 'k', policy, at(0)))
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ])
    expect(decisions[3]).toMatchObject({ limit: 3, retryAfterSeconds: 1, resetSeconds: 3 })
  })

  it('refills with time, never above the burst', async () => {
    const store = new InMemoryRateLimits()
    for (let i = 0; i < 3; i++) await takeToken(store, 'k', policy, at(0))
    expect(await takeToken(store, 'k', policy, at(1))).toMatchObject({
      allowed: true,
      remaining: 0,
    })
    expect(await takeToken(store, 'k', policy, at(3600))).toMatchObject({ remaining: 2 })
  })

  it('keeps buckets apart by key', async () => {
    const store = new InMemoryRateLimits()
    for (let i = 0; i < 3; i++) await takeToken(store, 'a', policy, at(0))
    expect((await takeToken(store, 'a', policy, at(0))).allowed).toBe(false)
    expect((await takeToken(store, 'b', policy, at(0))).allowed).toBe(true)
  })

  it('does not refill for a clock that runs behind the stored one', async () => {
    const store = new InMemoryRateLimits()
    for (let i = 0; i < 3; i++) await takeToken(store, 'k', policy, at(10))
    expect((await takeToken(store, 'k', policy, at(5))).allowed).toBe(false)
  })

  it('retries a lost race, and counts the token once', async () => {
    const inner = new InMemoryRateLimits()
    const decision = await takeToken(new ContestedStore(inner, 2), 'k', policy, at(0))
    expect(decision).toMatchObject({ allowed: true, remaining: 2 })
    expect(await takeToken(inner, 'k', policy, at(0))).toMatchObject({ remaining: 1 })
  })

  it('after three lost races fails open or closed as the policy says', async () => {
    const inner = new InMemoryRateLimits()
    const open = await takeToken(new ContestedStore(inner, 3), 'k', policy, at(0))
    const closed = await takeToken(
      new ContestedStore(inner, 3),
      'k',
      { ...policy, onContention: 'closed' },
      at(0),
    )
    expect([open.allowed, closed.allowed]).toEqual([true, false])
  })

  it('gives tokens back, up to the burst', async () => {
    const store = new InMemoryRateLimits()
    await takeToken(store, 'k', policy, at(0))
    await takeToken(store, 'k', policy, at(0), -5)
    expect(await takeToken(store, 'k', policy, at(0))).toMatchObject({ remaining: 2 })
  })
})
