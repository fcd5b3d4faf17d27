import { describe, expect, it } from 'vitest'
import { chatGptConversations } from '../../../../tests/support/import-fixtures'
import { zipDeflate } from '../../../../tests/support/zip-deflate'
import { isDomainError } from '../errors'
import { unzipStore, zipStore } from '../exports/zip'
import { readImportFile } from './import-file'

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)
const reason = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return isDomainError(error) ? error.message : `not a domain error: ${error}`
  }
  return 'no error'
}

describe('the ZIP reader', () => {
  it('reads deflated entries (as real export archives have) byte for byte', () => {
    const big = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ title: `Chat ${i} é` })))
    const archive = zipDeflate([
      { name: 'a.txt', data: 'hello' },
      { name: 'big.json', data: big },
    ])
    expect(archive.length).toBeLessThan(big.length / 4) // really compressed
    const files = unzipStore(archive)
    expect(text(files.get('a.txt'))).toBe('hello')
    expect(text(files.get('big.json'))).toBe(big)
  })

  it('refuses a damaged deflated entry', () => {
    const archive = zipDeflate([{ name: 'a.json', data: '{"x":"y".repeat}'.repeat(50) }])
    archive[40] = (archive[40] as number) ^ 0xff
    expect(() => unzipStore(archive)).toThrow()
  })
})

describe('readImportFile', () => {
  it('finds conversations.json in an export archive, in a folder or not', () => {
    const json = JSON.stringify(chatGptConversations)
    for (const name of ['conversations.json', 'export-2024/conversations.json']) {
      const archive = zipDeflate([
        { name: 'chat.html', data: '<html></html>' },
        { name, data: json },
      ])
      expect(readImportFile(archive, { source: 'chatgpt', kind: 'zip' })).toEqual(
        chatGptConversations,
      )
    }
  })

  it('reads a Chatter export archive: conversations.json with messages.json', () => {
    const archive = zipStore([
      { name: 'manifest.json', data: '{}' },
      { name: 'conversations.json', data: '[{"id":"c1","title":"T"}]' },
      { name: 'messages.json', data: '[]' },
    ])
    expect(readImportFile(archive, { source: 'chatter', kind: 'zip' })).toEqual({
      conversations: [{ id: 'c1', title: 'T' }],
      messages: [],
    })
  })

  it('says what is wrong with a file it cannot import', () => {
    const utf8 = (s: string) => new TextEncoder().encode(s)
    expect(reason(() => readImportFile(utf8('{"a":'), { source: 'claude', kind: 'json' }))).toMatch(
      /^The file is not JSON/,
    )
    const noConversations = zipDeflate([{ name: 'chat.html', data: '<html></html>' }])
    expect(
      reason(() => readImportFile(noConversations, { source: 'chatgpt', kind: 'zip' })),
    ).toMatch(/^No conversations\.json in the archive/)
    expect(reason(() => readImportFile(utf8('[]'), { source: 'chatgpt', kind: 'zip' }))).toMatch(
      /not a ZIP archive/,
    )
    const claude = utf8(JSON.stringify(chatGptConversations))
    expect(reason(() => readImportFile(claude, { source: 'claude', kind: 'json' }))).toMatch(
      /looks like a ChatGPT export.*source "chatgpt"/,
    )
    expect(
      reason(() => readImportFile(utf8('{"x":1}'), { source: 'claude', kind: 'json' })),
    ).toMatch(/not a Claude export/)
  })
})
