// Issue 11: a person uploads documents in the console, watches them get ready, previews, tags,
// deletes them, and searches their text.
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePdf } from '../support/document-fixtures'
import { type ConsoleHarness, openPage, signUp, startConsole, visible } from './support/console'

let h: ConsoleHarness

beforeAll(async () => {
  h = await startConsole('documents')
  await signUp(h.page, { email: 'librarian@example.com', name: 'Lib Rarian' })
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

const markdown = Buffer.from(
  '# Field notes\n\nThe quokka migration of 1887 crossed Rottnest Island in a single night.\n\nObservers counted four hundred quokkas moving north along the salt lakes.\n',
)

const library = () => h.page.getByRole('region', { name: 'Library' })
const uploads = () => h.page.getByRole('region', { name: 'Uploads' })
const documentRow = (name: string) => library().getByRole('row', { name })

async function progressOf(bar: Locator) {
  return Number(await bar.getAttribute('value'))
}

describe('the documents page', () => {
  it('explains what it takes when the library is empty', async () => {
    await openPage(h.page, 'Documents')
    const empty = await visible(h.page.getByText('No documents yet'))
    expect(await empty.isVisible()).toBe(true)
    expect(await library().textContent()).toMatch(/PDF.*Markdown.*CSV/)
  })

  it('uploads chosen files with progress and shows each one reach Ready', async () => {
    const pdf = Buffer.from(await makePdf(['Quarterly lagoon survey: the herons returned early.']))
    await h.page.getByLabel('Choose files').setInputFiles([
      { name: 'quokka-notes.md', mimeType: 'text/markdown', buffer: markdown },
      { name: 'lagoon-survey.pdf', mimeType: 'application/pdf', buffer: pdf },
    ])
    for (const name of ['quokka-notes.md', 'lagoon-survey.pdf']) {
      const bar = uploads().getByRole('progressbar', { name })
      await expect.poll(() => progressOf(bar), { timeout: 15_000 }).toBe(100)
      await visible(uploads().getByRole('listitem', { name }).getByText('100%'))
      await visible(documentRow(name).getByText('Ready', { exact: true }), 30_000)
    }
    // The upload rows follow ingestion too.
    await visible(uploads().getByRole('listitem', { name: 'quokka-notes.md' }).getByText('Ready'))
  })

  it('takes files dropped on the drop zone', async () => {
    const zone = h.page.getByRole('region', { name: 'Upload documents' })
    const dataTransfer = await h.page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(
        new File(['name,role\nAda,engineer\nGrace,admiral\n'], 'crew.csv', { type: 'text/csv' }),
      )
      return transfer
    })
    await zone.dispatchEvent('dragover', { dataTransfer })
    expect(await zone.getAttribute('class')).toContain('over')
    await zone.dispatchEvent('drop', { dataTransfer })
    expect(await zone.getAttribute('class')).not.toContain('over')
    await visible(documentRow('crew.csv').getByText('Ready', { exact: true }), 30_000)
  })

  it("shows the API's refusal on a refused file's row while the others go on", async () => {
    await h.page.getByLabel('Choose files').setInputFiles([
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ...') },
      { name: 'todo.txt', mimeType: 'text/plain', buffer: Buffer.from('Feed the quokkas.') },
    ])
    const refused = uploads().getByRole('listitem', { name: 'setup.exe' })
    const problem = await visible(refused.getByRole('alert'))
    expect(await problem.textContent()).toMatch(/application\/x-msdownload|type|supported/i)
    await visible(documentRow('todo.txt').getByText('Ready', { exact: true }), 30_000)
    expect(await documentRow('setup.exe').count()).toBe(0)
    await h.screenshot('documents')
    await h.page.setViewportSize({ width: 390, height: 844 })
    await h.screenshot('documents-narrow')
    await h.page.setViewportSize({ width: 1280, height: 860 })
  })

  it('previews the text, edits tags and filters by them', async () => {
    await documentRow('quokka-notes.md').getByRole('button', { name: 'Preview' }).click()
    const dialog = h.page.getByRole('dialog', { name: 'quokka-notes.md' })
    await visible(dialog.getByText(/quokka migration of 1887/))
    await dialog.getByRole('button', { name: 'Close' }).click()

    await documentRow('quokka-notes.md')
      .getByRole('button', { name: 'Edit tags of quokka-notes.md' })
      .click()
    await h.page.getByLabel('Tags of quokka-notes.md').fill('wildlife, history')
    await documentRow('quokka-notes.md').getByRole('button', { name: 'Save' }).click()
    await visible(documentRow('quokka-notes.md').getByText('wildlife', { exact: true }))
    await library().getByLabel('Tag', { exact: true }).selectOption('wildlife')
    await expect.poll(() => library().getByRole('row').count()).toBe(2)
    await visible(documentRow('quokka-notes.md'))
    await library().getByLabel('Tag', { exact: true }).selectOption('')
    await visible(documentRow('crew.csv'))
  })
})

describe('the search page', () => {
  it('finds the passage with the words marked and opens its document', async () => {
    await openPage(h.page, 'Search')
    const box = h.page.getByRole('searchbox', { name: 'Search documents' })
    await box.fill('quokka migration')
    await box.press('Enter')
    const hit = await visible(
      h.page.getByRole('listitem').filter({ hasText: 'quokka-notes.md' }).first(),
    )
    const marks = await hit.locator('mark').allTextContents()
    expect(marks.map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining(['quokka', 'migration']),
    )
    expect(new URL(h.page.url()).searchParams.get('q')).toBe('quokka migration')
    await visible(
      h.page.getByRole('region', { name: 'Recent searches' }).getByText('quokka migration'),
    )
    await h.screenshot('search')

    await hit.getByRole('button', { name: /Open quokka-notes\.md/ }).click()
    const dialog = h.page.getByRole('dialog', { name: 'quokka-notes.md' })
    await visible(dialog.getByText(/Rottnest Island/))
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('forgets the recent searches on request', async () => {
    const recent = h.page.getByRole('region', { name: 'Recent searches' })
    await recent.getByRole('button', { name: 'Clear history' }).click()
    await visible(h.page.getByText(/Cleared 1 search/))
    await expect.poll(() => recent.count()).toBe(0)
  })

  it('runs the search in a link and explains an empty result', async () => {
    await h.page.goto('/search?q=zeppelin%20armadillo&mode=lexical')
    await visible(h.page.getByText(/No passages match/))
    expect(await h.page.getByRole('searchbox', { name: 'Search documents' }).inputValue()).toBe(
      'zeppelin armadillo',
    )
  })
})

describe('deleting documents', () => {
  it('deletes a document after asking and says what went', async () => {
    await openPage(h.page, 'Documents')
    await documentRow('todo.txt').getByRole('button', { name: 'Delete' }).click()
    const confirm = h.page.getByRole('dialog', { name: 'Delete todo.txt?' })
    await confirm.getByRole('button', { name: 'Delete' }).click()
    const toast = await visible(h.page.getByText(/Deleted todo\.txt/))
    expect(await toast.textContent()).toMatch(/chunk/)
    await expect.poll(() => documentRow('todo.txt').count()).toBe(0)

    await library().getByRole('checkbox', { name: 'Select crew.csv' }).check()
    await library().getByRole('checkbox', { name: 'Select lagoon-survey.pdf' }).check()
    await library().getByRole('button', { name: 'Delete selected (2)' }).click()
    await h.page
      .getByRole('dialog', { name: 'Delete 2 documents?' })
      .getByRole('button', { name: 'Delete selected (2)' })
      .click()
    await visible(h.page.getByText(/Deleted crew\.csv, lagoon-survey\.pdf/))
    await expect.poll(() => library().getByRole('row').count()).toBe(2)
    // The refused upload's 415 is logged by Chromium itself; nothing else went wrong.
    expect(h.pageErrors.filter((e) => !e.includes('status of 415'))).toEqual([])
  })
})
