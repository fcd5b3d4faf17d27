import type { MessageQueue } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { deferred, lazyProbe } from './lazy'

/** A queue adapter that keeps state on `this`, as the SDK adapters do. */
class CountingQueue implements MessageQueue {
  sent: unknown[] = []
  async send(body: unknown) {
    this.sent.push(body)
    return { messageId: `m${this.sent.length}` }
  }
}

describe('deferred', () => {
  it('loads the adapter on the first call only, and every call reaches the same one', async () => {
    const loaded: CountingQueue[] = []
    const queue = deferred<MessageQueue>(
      async () => {
        const made = new CountingQueue()
        loaded.push(made)
        return made
      },
      { send: true },
    )
    expect(loaded).toHaveLength(0)

    const ids = await Promise.all([queue.send('a'), queue.send('b')])

    expect(ids.map((id) => id.messageId).sort()).toEqual(['m1', 'm2'])
    expect(loaded).toHaveLength(1)
    expect(loaded[0]!.sent.sort()).toEqual(['a', 'b'])
  })

  it('tries a failed load again on the next call', async () => {
    let attempts = 0
    const queue = deferred<MessageQueue>(
      async () => {
        attempts++
        if (attempts === 1) throw new Error('chunk not found')
        return new CountingQueue()
      },
      { send: true },
    )

    await expect(queue.send('a')).rejects.toThrow('chunk not found')
    await expect(queue.send('a')).resolves.toEqual({ messageId: 'm1' })
  })
})

describe('lazyProbe', () => {
  it('builds its probe on the first check, from a module loaded then', async () => {
    let built = 0
    const probe = lazyProbe('queue', async () => {
      built++
      return { name: 'queue', check: async () => {} }
    })
    expect(built).toBe(0)

    await probe.check(AbortSignal.timeout(1000))
    await probe.check(AbortSignal.timeout(1000))

    expect(built).toBe(1)
  })
})
