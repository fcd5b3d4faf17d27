import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { toCsv } from './csv'
import { crc32, unzipStore, zipStore } from './zip'

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const dir = mkdtempSync(join(tmpdir(), 'chatter-zip-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const files = [
  { name: 'conversations.json', data: JSON.stringify([{ id: 'cnv_1', title: 'Café ☕' }]) },
  { name: 'messages.csv', data: 'id,content\r\nmsg_1,"a, b"\r\n' },
  { name: 'empty.json', data: '' },
]

describe('zipStore', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('writes an archive its reader gives back byte for byte', () => {
    const read = unzipStore(zipStore(files))
    expect([...read.keys()]).toEqual(files.map((f) => f.name))
    for (const file of files) expect(new TextDecoder().decode(read.get(file.name))).toBe(file.data)
  })

  it('refuses an archive whose data was damaged', () => {
    const archive = zipStore(files)
    archive[50] = (archive[50] as number) ^ 0xff // inside the first file's data
    expect(() => unzipStore(archive)).toThrow(/Bad data/)
  })

  // `unzip` checks every CRC and the central directory: the archive users will open.
  it.runIf(hasUnzip)('is an archive unzip lists, tests and extracts', () => {
    const path = join(dir, 'export.zip')
    writeFileSync(path, zipStore(files, new Date('2026-03-01T12:34:56Z')))
    const listing = execFileSync('unzip', ['-l', path]).toString()
    for (const file of files) expect(listing).toContain(file.name)
    expect(listing).toContain('2026-03-01 12:34')
    expect(execFileSync('unzip', ['-t', path]).toString()).toContain('No errors detected')
    expect(execFileSync('unzip', ['-p', path, 'conversations.json']).toString()).toBe(
      files[0]?.data,
    )
  })
})

describe('toCsv', () => {
  it('writes a header row and quotes fields as RFC 4180 says', () => {
    const csv = toCsv([
      { id: 'c1', title: 'Plain', tags: ['a', 'b'] },
      { id: 'c2', title: 'Comma, "quoted"\nand a new line', extra: 3 },
    ])
    expect(csv).toBe(
      'id,title,tags,extra\r\n' +
        'c1,Plain,"[""a"",""b""]",\r\n' +
        'c2,"Comma, ""quoted""\nand a new line",,3\r\n',
    )
  })

  it('writes only the header for an empty collection with known columns', () => {
    expect(toCsv([], ['id', 'title'])).toBe('id,title\r\n')
    expect(toCsv([])).toBe('\r\n')
  })
})
