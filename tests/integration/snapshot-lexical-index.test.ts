import { SnapshotLexicalIndex } from '@chatter/aws'
import type { LexicalSnapshotPointers, LexicalSnapshotRef } from '@chatter/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localBlobStore } from '../support/s3'

/**
 * The versioned pointer as DynamoDB keeps it (a conditional write on the version), in memory;
 * each call yields first, so concurrent writers really interleave between reading and swapping.
 */
class InMemoryPointers implements LexicalSnapshotPointers {
  readonly refs = new Map<string, LexicalSnapshotRef>()
  swaps = { won: 0, lost: 0 }

  async get(namespace: string) {
    await tick()
    const ref = this.refs.get(namespace)
    return ref && { ...ref }
  }
  async swap(namespace: string, expectedVersion: number | undefined, next: LexicalSnapshotRef) {
    await tick()
    if (this.refs.get(namespace)?.version !== expectedVersion) {
      this.swaps.lost += 1
      return false
    }
    this.refs.set(namespace, { ...next })
    this.swaps.won += 1
    return true
  }
  async delete(namespace: string) {
    await tick()
    this.refs.delete(namespace)
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

let s3: Awaited<ReturnType<typeof localBlobStore>>
beforeAll(async () => {
  s3 = await localBlobStore()
})
afterAll(async () => {
  await s3?.stop()
})

/** Two functions (Lambdas) sharing one bucket and one pointer table. */
function twoInstances(keyPrefix: string) {
  const pointers = new InMemoryPointers()
  const make = () => new SnapshotLexicalIndex({ blobs: s3.blobs, pointers, keyPrefix })
  return { pointers, first: make(), second: make() }
}

const idsOf = async (index: SnapshotLexicalIndex, ns: string, query: string) =>
  (await index.search(ns, query, { topK: 100 })).map((hit) => hit.id).sort()

describe('SnapshotLexicalIndex on S3 (s3rver)', () => {
  it('shows one instance’s writes to another, and keeps one snapshot per namespace', async () => {
    const { first, second, pointers } = twoInstances('lexical-a')
    expect(await first.search('ws_1', 'heron', { topK: 5 })).toEqual([])
    await first.update('ws_1', {
      add: [
        {
          id: 'd1:0',
          text: 'The blue heron nests by the quiet pond.',
          fields: { documentId: 'd1' },
        },
        { id: 'd2:0', text: 'Herons fish at dawn.', fields: { documentId: 'd2' } },
      ],
    })
    const hits = await second.search('ws_1', 'heron', { topK: 5 })
    expect(hits.map((h) => h.id)).toContain('d1:0')
    const filtered = await second.search('ws_1', 'heron', {
      topK: 5,
      filter: (fields) => fields.documentId === 'd2',
    })
    expect(filtered.map((h) => h.id)).toEqual(['d2:0'])

    await second.update('ws_1', { remove: ['d1:0'], add: [{ id: 'd3:0', text: 'A grey heron.' }] })
    expect(await idsOf(first, 'ws_1', 'heron')).toEqual(['d2:0', 'd3:0'])
    expect(pointers.refs.get('ws_1')?.version).toBe(2)
    // The superseded snapshot is deleted once the pointer moved on.
    expect(await s3.keys('lexical-a/ws_1/')).toEqual([pointers.refs.get('ws_1')?.key])
    expect(await first.search('ws_2', 'heron', { topK: 5 })).toEqual([])
  })

  it('loses nothing when two instances update one namespace concurrently', async () => {
    const { first, second, pointers } = twoInstances('lexical-b')
    const writes = Array.from({ length: 10 }, (_, n) =>
      (n % 2 === 0 ? first : second).update('ws_busy', {
        add: [
          { id: `doc${n}:0`, text: `Quarterly report number ${n} about lighthouses.` },
          { id: `doc${n}:1`, text: `Appendix ${n}: lighthouse keepers.` },
        ],
      }),
    )
    await Promise.all(writes)
    const expected = Array.from({ length: 10 }, (_, n) => [`doc${n}:0`, `doc${n}:1`])
      .flat()
      .sort()
    expect(await idsOf(first, 'ws_busy', 'lighthouse')).toEqual(expected)
    expect(await idsOf(second, 'ws_busy', 'lighthouse')).toEqual(expected)
    expect(pointers.swaps.won).toBe(10)
    expect(pointers.swaps.lost).toBeGreaterThan(0) // they did collide, and retried
    expect(await s3.keys('lexical-b/ws_busy/')).toHaveLength(1) // losers' snapshots removed
  })

  it('gives up with a TransientError when the pointer keeps moving', async () => {
    const pointers = new InMemoryPointers()
    pointers.swap = async () => false
    const index = new SnapshotLexicalIndex({
      blobs: s3.blobs,
      pointers,
      keyPrefix: 'lexical-c',
      maxAttempts: 3,
      backoffMs: 1,
    })
    const failed = await index.update('ws_1', { add: [{ id: 'a', text: 'x' }] }).catch((e) => e)
    expect(failed).toBeInstanceOf(Error)
    expect(failed.name).toBe('TransientError')
    expect(await s3.keys('lexical-c/')).toEqual([])
  })

  it('drop forgets the namespace everywhere', async () => {
    const { first, second, pointers } = twoInstances('lexical-d')
    await first.update('ws_gone', { add: [{ id: 'd1:0', text: 'Secret lighthouse plans.' }] })
    expect(await idsOf(second, 'ws_gone', 'lighthouse')).toEqual(['d1:0'])
    await second.drop('ws_gone')
    expect(pointers.refs.has('ws_gone')).toBe(false)
    expect(await s3.keys('lexical-d/')).toEqual([])
    expect(await first.search('ws_gone', 'lighthouse', { topK: 5 })).toEqual([])
    await first.update('ws_gone', { add: [{ id: 'd9:0', text: 'A fresh start.' }] })
    expect(await idsOf(second, 'ws_gone', 'lighthouse')).toEqual([])
    expect(await idsOf(second, 'ws_gone', 'fresh')).toEqual(['d9:0'])
  })
})
