// Issue 11: a file above the multipart threshold goes up from the browser in signed parts (the
// storage's CORS exposes each part's ETag), with one progress bar for the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ConsoleHarness, openPage, signUp, startConsole, visible } from './support/console'

const MiB = 1024 * 1024
let h: ConsoleHarness

beforeAll(async () => {
  h = await startConsole('large-upload', {
    documents: { uploads: { multipartThresholdBytes: 5 * MiB, partSizeBytes: 5 * MiB } },
  })
  await signUp(h.page, { email: 'archivist@example.com' })
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

describe('a large upload in the console', () => {
  it('sends a file above the threshold in parts and the document leaves "uploading"', async () => {
    const line = 'The archive keeps the minutes of every harbour board meeting since 1902.\n'
    const body = Buffer.from(line.repeat(Math.ceil((5.5 * MiB) / line.length)))
    expect(body.byteLength).toBeGreaterThan(5 * MiB)
    const puts: string[] = []
    h.page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(request.url())
    })
    await openPage(h.page, 'Documents')
    await h.page
      .getByLabel('Choose files')
      .setInputFiles([{ name: 'harbour-minutes.txt', mimeType: 'text/plain', buffer: body }])
    const uploads = h.page.getByRole('region', { name: 'Uploads' })
    const bar = uploads.getByRole('progressbar', { name: 'harbour-minutes.txt' })
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 })
      .toBe(100)
    // Completing the multipart upload is what lets ingestion start: the row moves on.
    const row = h.page
      .getByRole('region', { name: 'Library' })
      .getByRole('row', { name: 'harbour-minutes.txt' })
    await visible(row.getByText(/^(Processing|Ready)$/), 30_000)
    expect(await uploads.getByRole('alert').count()).toBe(0)
    // Two signed parts (5 MiB and the rest), straight to the storage.
    expect(puts.map((url) => new URL(url).searchParams.get('partNumber'))).toEqual(['1', '2'])
    expect(h.pageErrors).toEqual([])
  })
})
