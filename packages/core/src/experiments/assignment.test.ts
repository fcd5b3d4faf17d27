import { describe, expect, it } from 'vitest'
import { InMemoryExperiments } from '../testing'
import { assignmentPoint, assignVariant, variantFor } from './assignment'

const experiment = (weights: number[]) => ({
  id: 'exp_weights',
  workspaceId: 'ws_1',
  variants: weights.map((weight, index) => ({ key: `v${index}`, weight, overrides: {} })),
})

const users = Array.from({ length: 10_000 }, (_, index) => `usr_${index}`)

function shares(weights: number[]) {
  const counts = new Map<string, number>()
  for (const user of users) {
    const key = variantFor(experiment(weights), user)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return weights.map((_, index) => (counts.get(`v${index}`) ?? 0) / users.length)
}

describe('experiment assignment', () => {
  it('puts a user in the same place every time, independently per experiment', () => {
    expect(assignmentPoint('exp_a', 'usr_1')).toBe(assignmentPoint('exp_a', 'usr_1'))
    expect(assignmentPoint('exp_a', 'usr_1')).not.toBe(assignmentPoint('exp_b', 'usr_1'))
    for (const user of users.slice(0, 500)) {
      const point = assignmentPoint('exp_a', user)
      expect(point).toBeGreaterThanOrEqual(0)
      expect(point).toBeLessThan(1)
    }
  })

  it('splits 10k synthetic users close to the weights', () => {
    // Binomial standard error at n = 10k is at most 0.5%: 2 points is four of them.
    const even = shares([1, 1])
    expect(even[0]).toBeCloseTo(0.5, 1)
    expect(Math.abs((even[0] ?? 0) - 0.5)).toBeLessThan(0.02)
    const skewed = shares([1, 3])
    expect(Math.abs((skewed[0] ?? 0) - 0.25)).toBeLessThan(0.02)
    const three = shares([2, 1, 1])
    for (const [index, expected] of [0.5, 0.25, 0.25].entries())
      expect(Math.abs((three[index] ?? 0) - expected)).toBeLessThan(0.02)
  })

  it('keeps a stored assignment when the weights change, and counts each user once', async () => {
    const experiments = new InMemoryExperiments()
    const ports = { experiments }
    const before = experiment([1, 1])
    const first = new Map<string, string>()
    for (const user of users.slice(0, 200))
      first.set(user, await assignVariant(ports, before, user))
    // All the weight on the second variant: new users go there, assigned ones stay put.
    const after = experiment([1, 10_000])
    for (const user of users.slice(0, 200))
      expect(await assignVariant(ports, after, user)).toBe(first.get(user))
    expect(await assignVariant(ports, after, 'usr_new')).toBe('v1')
    const counted = await experiments.counters('ws_1', 'exp_weights')
    expect(counted.reduce((sum, c) => sum + c.users, 0)).toBe(201)
  })
})
