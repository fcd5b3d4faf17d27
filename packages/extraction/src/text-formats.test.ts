import { describe, expect, it } from 'vitest'
import { extractText } from './extract-text'

const read = (text: string, contentType: string, filename: string) =>
  extractText({ bytes: new TextEncoder().encode(text), contentType, filename })

describe('HTML extraction', () => {
  const html = `<!doctype html><html><head><title>Release &amp; notes</title>
    <style>body { color: red }</style><script>window.secret = "tracking"</script></head>
    <body><nav><a href="https://example.test/home">Home</a></nav>
    <h1>Version 2</h1><p>Faster   uploads for the <b>café</b> team.</p>
    <script>console.log("inline")</script>
    <h2>Fixes</h2><ul><li>Search works offline</li></ul>
    <h3>Known issues</h3><p>None 🎉</p><noscript>Enable JavaScript</noscript></body></html>`

  it('keeps visible text, drops scripts and styles, and turns h1-h6 into sections', async () => {
    const document = await read(html, 'text/html; charset=utf-8', 'notes.html')
    const text = document.pages[0]?.text ?? ''
    expect(document.title).toBe('Release & notes')
    expect(text).toContain('Faster uploads for the café team.')
    expect(text).toContain('None 🎉')
    expect(text).not.toMatch(/tracking|inline|color|Enable JavaScript|example\.test/)
    expect(document.sections.map(({ heading, level }) => [heading, level])).toEqual([
      ['Version 2', 1],
      ['Fixes', 2],
      ['Known issues', 3],
    ])
    for (const section of document.sections) {
      expect(text.slice(section.offset, section.offset + section.heading.length)).toBe(
        section.heading,
      )
    }
  })
})

describe('Markdown extraction', () => {
  const markdown =
    '# Runbook\n\nRestart the   **worker**.\n\n```sh\n# not a heading\nnpm start\n```\n\n## Rollback ##\nUse the previous tag.\n'

  it('turns # headings into sections, keeps the text, and ignores # inside code fences', async () => {
    const document = await read(markdown, 'text/markdown', 'runbook.md')
    const text = document.pages[0]?.text ?? ''
    expect(document.title).toBe('Runbook')
    expect(document.sections).toEqual([
      { heading: 'Runbook', level: 1, offset: 0 },
      { heading: 'Rollback', level: 2, offset: text.indexOf('Rollback') },
    ])
    expect(text).toContain('Restart the **worker**.')
    expect(text).toContain('# not a heading\nnpm start')
  })
})

describe('CSV extraction', () => {
  it('writes each row as "column: value" lines, quoted commas and line breaks intact', async () => {
    const csv =
      'name,city,note\r\nAda,Zürich,"Likes ""tea"", biscuits"\r\nGrace,,"Line one\nline two"\r\n'
    const document = await read(csv, 'text/csv', 'people.csv')
    expect(document.pages[0]?.text).toBe(
      'name: Ada\ncity: Zürich\nnote: Likes "tea", biscuits\n\nname: Grace\nnote: Line one line two',
    )
  })

  it('reads tab-separated files by their extension', async () => {
    const document = await read('id\tlabel\n7\tseven\n', 'text/plain', 'numbers.tsv')
    expect(document.format).toBe('csv')
    expect(document.pages[0]?.text).toBe('id: 7\nlabel: seven')
  })
})

describe('JSON extraction', () => {
  it('flattens values into "path: value" lines', async () => {
    const json = JSON.stringify({
      team: 'Plátano',
      members: [{ name: 'Ada', on: true }],
      'odd key': 1,
      empty: null,
    })
    const document = await read(json, 'application/json', 'team.json')
    expect(document.pages[0]?.text).toBe(
      'team: Plátano\nmembers[0].name: Ada\nmembers[0].on: true\n["odd key"]: 1',
    )
  })

  it('reports invalid JSON as unreadable', async () => {
    await expect(read('{"a": ', 'application/json', 'broken.json')).rejects.toMatchObject({
      code: 'document.unreadable',
      message: expect.stringMatching(/^The file is not valid JSON/),
    })
  })
})

describe('plain text and normalisation', () => {
  it('strips NULs and control characters, collapses spaces, and keeps paragraph breaks', async () => {
    const text = 'First\u0000 line\u0007   here.\r\n\r\n\r\n\r\nSecond\tparagraph.  \n'
    const document = await read(text, 'text/plain', 'notes.txt')
    expect(document).toEqual({
      format: 'text',
      pages: [{ number: 1, text: 'First line here.\n\nSecond paragraph.' }],
      sections: [],
    })
  })

  it('reads a Windows-1252 file without mangling accents', async () => {
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) // "café" in Windows-1252
    const document = await extractText({ bytes, contentType: 'text/plain', filename: 'menu.txt' })
    expect(document.pages[0]?.text).toBe('café')
  })
})
