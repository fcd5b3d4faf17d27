import { describe, expect, it } from 'vitest'
import { encodeS3EventKey } from './s3-event-record'

/** How consumers read keys from S3 events (and how Chatter's ingest does). */
const decode = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '))

describe('encodeS3EventKey', () => {
  it('writes keys as S3 notifications do: spaces as +, the rest percent-encoded, / kept', () => {
    expect(encodeS3EventKey('uploads/ws-1/doc-1/Q3 report – é.pdf')).toBe(
      'uploads/ws-1/doc-1/Q3+report+%E2%80%93+%C3%A9.pdf',
    )
    expect(encodeS3EventKey('drop/ws 1/a+b (1)!~*_.-=&?.txt')).toBe(
      'drop/ws+1/a%2Bb+%281%29%21%7E*_.-%3D%26%3F.txt',
    )
  })

  it('decodes back to the original key, literal plus signs included', () => {
    const keys = ['a+b c', '100% sure?', 'emoji 🙂/日本語', 'quote\'s "x"', 'trailing/']
    for (const key of keys) expect(decode(encodeS3EventKey(key))).toBe(key)
  })
})
