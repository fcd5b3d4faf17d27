import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collectFiles, contentTypeOf } from './files'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chatter-files-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const put = async (path: string, text = 'text') => {
  await mkdir(join(dir, path, '..'), { recursive: true })
  await writeFile(join(dir, path), text)
}

describe('collectFiles', () => {
  it('walks folders recursively in name order, skipping dotfiles and dot-folders', async () => {
    await put('b.md')
    await put('a/z.txt')
    await put('a/deep/y.html')
    await put('.hidden.md')
    await put('.git/config.json')
    const { files, skipped } = await collectFiles([dir])
    expect(files.map((file) => file.path.slice(dir.length + 1))).toEqual([
      join('a', 'deep', 'y.html'),
      join('a', 'z.txt'),
      'b.md',
    ])
    expect(files.map((file) => [file.filename, file.contentType, file.size])).toEqual([
      ['y.html', 'text/html', 4],
      ['z.txt', 'text/plain', 4],
      ['b.md', 'text/markdown', 4],
    ])
    expect(skipped).toEqual([])
  })

  it('skips files the API would refuse, saying why, and counts a file given twice once', async () => {
    await put('photo.png')
    await put('empty.md', '')
    await put('notes.md')
    const { files, skipped } = await collectFiles([dir, join(dir, 'notes.md')])
    expect(files.map((file) => file.filename)).toEqual(['notes.md'])
    expect(skipped).toEqual([
      { path: join(dir, 'empty.md'), reason: 'empty file' },
      { path: join(dir, 'photo.png'), reason: 'unsupported type (.png)' },
    ])
  })

  it('fails as a usage error on a path that does not exist', async () => {
    await expect(collectFiles([join(dir, 'nope')])).rejects.toMatchObject({
      exitCode: 2,
      message: `No such file or folder: ${join(dir, 'nope')}`,
    })
  })
})

describe('contentTypeOf', () => {
  it('maps the ingestible extensions, whatever their case', () => {
    expect(contentTypeOf('Report.PDF')).toBe('application/pdf')
    expect(contentTypeOf('a.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(contentTypeOf('data.tsv')).toBe('text/tab-separated-values')
    expect(contentTypeOf('archive.zip')).toBeUndefined()
  })
})
