import { describe, expect, it } from 'vitest'
import { fnv1a, LocalEmbedder } from './local-embedder'

const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0)

describe('LocalEmbedder', () => {
  const embedder = new LocalEmbedder()

  it('names itself and gives 384 unit-length dimensions', async () => {
    const [vector] = await embedder.embed(['Quarterly revenue grew by 12 percent.'])

    expect(embedder.modelId).toBe('local-hashing-384')
    expect(vector).toHaveLength(384)
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 10)
  })

  it('is deterministic, across calls and across instances', async () => {
    const text = 'The ingest pipeline embeds chunks in batches.'
    const [first] = await embedder.embed([text])
    const [second] = await new LocalEmbedder().embed([text])
    expect(second).toEqual(first)
    // FNV-1a's published test vector, so the hash is the standard one.
    expect(fnv1a('a')).toBe(0xe40c292c)
  })

  it('ranks texts sharing words above unrelated ones, and ignores case', async () => {
    const [query, close, inflected, unrelated, shouted] = await embedder.embed([
      'How do I reset my password?',
      'To reset your password, open settings and choose reset password.',
      'Password resets are done from the settings page.',
      'The cafeteria serves lunch from noon until two.',
      'HOW DO I RESET MY PASSWORD?',
    ])

    expect(cosine(query!, close!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.2)
    expect(cosine(query!, inflected!)).toBeGreaterThan(cosine(query!, unrelated!))
    expect(cosine(query!, shouted!)).toBeCloseTo(1, 10)
  })

  it('gives empty text a valid unit vector, and stops when aborted', async () => {
    const [empty] = await embedder.embed(['  '])
    expect(Math.hypot(...empty!)).toBeCloseTo(1, 10)

    const controller = new AbortController()
    controller.abort()
    await expect(embedder.embed(['x'], controller.signal)).rejects.toThrow(/abort/i)
  })
})
