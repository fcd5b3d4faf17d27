// Issue 11: chatting in the console: answers stream in, can be stopped, answered again and
// browsed by branch; conversations are listed and searched; markdown renders.
import { join } from 'node:path'
import { createChatterClient } from '@chatter/sdk'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ConsoleHarness,
  screenshotsDir,
  signUp,
  startConsole,
  visible,
} from './support/console'

let h: ConsoleHarness
/** The headers the console itself sends, to read what the API saved. */
let auth: Record<string, string> = {}

beforeAll(async () => {
  // A slower local model, so the answer visibly grows and can be stopped midway.
  h = await startConsole('chat', { tokenDelayMs: 15 })
  h.page.on('request', (request) => {
    const headers = request.headers()
    if (request.url().includes('/v1/') && headers.authorization)
      auth = {
        authorization: headers.authorization,
        ...(headers['x-workspace-id'] ? { 'x-workspace-id': headers['x-workspace-id'] } : {}),
      }
  })
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

interface SavedMessage {
  role: string
  content: string
  status: string
}
async function savedPath(id: string): Promise<{ title: string; messages: SavedMessage[] }> {
  const response = await fetch(`${h.url}/v1/conversations/${id}?messages=50`, { headers: auth })
  expect(response.status).toBe(200)
  return response.json()
}

const conversationIdIn = (page: Page) => /\/chat\/([^/?#]+)/.exec(page.url())?.[1] ?? ''
const composer = (page: Page) => page.getByLabel('Message', { exact: true })
const streamingAnswer = (page: Page) => page.locator('article[aria-busy="true"]')
const answers = (page: Page) => page.getByRole('log').getByRole('article', { name: 'Answer' })
const list = (page: Page) => page.getByRole('complementary', { name: 'Conversations' })

async function textOf(page: Page) {
  return ((await streamingAnswer(page).textContent({ timeout: 2_000 })) ?? '').trim()
}

describe('the chat page', () => {
  let firstId = ''

  it('streams an answer that grows as it is written, then shows the saved answer', async () => {
    const page = h.page
    await signUp(page, { email: 'grace@example.com', name: 'Grace Hopper' })
    await visible(page.getByRole('heading', { name: 'What can I help with?' }))
    await h.screenshot('chat-empty')
    await composer(page).fill('How do I start it? I ran `npm start` already.')
    await composer(page).press('Enter')

    // The answer grows while the bubble is still busy.
    await visible(streamingAnswer(page).locator('.chat-text'))
    const early = await textOf(page)
    await expect
      .poll(async () => (await textOf(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(early.length + 10)
    expect(await streamingAnswer(page).count()).toBe(1)
    expect(page.url()).toMatch(/\/chat\/\S+/)
    // Focus came back to the composer: the next question can be typed at once.
    expect(await composer(page).evaluate((el) => el === document.activeElement)).toBe(true)

    await streamingAnswer(page).waitFor({ state: 'detached', timeout: 20_000 })
    firstId = conversationIdIn(page)
    const saved = await savedPath(firstId)
    const answer = saved.messages.at(-1)
    expect(answer).toMatchObject({ role: 'assistant', status: 'complete' })
    const shown = (await answers(page).last().locator('.chat-text').innerText()).trim()
    // Markdown: the backticks became a code element.
    expect(shown.replace(/\s+/g, ' ')).toBe(answer?.content.replace(/`/g, '').replace(/\s+/g, ' '))
    await visible(answers(page).last().locator('code', { hasText: 'npm start' }))
    // The question stays as typed: people's messages are text, not markdown.
    const question = page.getByRole('log').getByRole('article', { name: 'You said' }).last()
    expect(await question.textContent()).toContain('`npm start`')

    // The conversation is listed under its title, and opened.
    const link = list(page).getByRole('link', { name: saved.title })
    await visible(link)
    expect(await link.getAttribute('aria-current')).toBe('page')
  })

  it('stops an answer midway, keeps what was written, and the composer works on', async () => {
    const page = h.page
    await list(page).getByRole('button', { name: 'New chat' }).click()
    await visible(page.getByRole('heading', { name: 'What can I help with?' }))
    await composer(page).fill('Tell me about lighthouses of Brittany')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect
      .poll(async () => (await textOf(page).catch(() => '')).length, { timeout: 10_000 })
      .toBeGreaterThan(20)
    await page.getByRole('button', { name: 'Stop' }).click()

    await visible(page.getByText('Stopped before the end'))
    expect(await streamingAnswer(page).count()).toBe(0)
    const saved = await savedPath(conversationIdIn(page))
    expect(saved.messages.at(-1)).toMatchObject({ role: 'assistant', status: 'interrupted' })
    await composer(page).fill('Another question')
    expect(await page.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true)
    await composer(page).fill('')
  })

  it('finds a conversation by its title', async () => {
    const page = h.page
    const search = list(page).getByLabel('Search conversations')
    await search.fill('lighthouses')
    await expect.poll(() => list(page).getByRole('link').count()).toBe(1)
    await visible(list(page).getByRole('link', { name: /lighthouses/ }))
    await search.fill('')
    await expect.poll(() => list(page).getByRole('link').count()).toBe(2)
  })

  it('answers again as a second branch, and goes back to the first', async () => {
    const page = h.page
    await list(page)
      .getByRole('link', { name: /npm start/ })
      .click()
    await visible(answers(page))
    const first = await answers(page).last().locator('.chat-text').innerText()
    await answers(page).last().getByRole('button', { name: 'Regenerate' }).click()
    await visible(streamingAnswer(page))
    await streamingAnswer(page).waitFor({ state: 'detached', timeout: 20_000 })

    const last = answers(page).last()
    await visible(last.getByText('Version 2 of 2'))
    await visible(last.getByText('2/2'))
    await last.getByRole('button', { name: 'Previous version' }).click()
    await visible(answers(page).last().getByText('Version 1 of 2'))
    expect(await answers(page).last().locator('.chat-text').innerText()).toBe(first)
    expect(h.pageErrors).toEqual([])
  })

  it('records a thumbs up on an answer, and shows it pressed after a reload', async () => {
    const page = h.page
    const good = answers(page).last().getByRole('button', { name: 'Good answer' })
    await good.click()
    await expect.poll(() => good.getAttribute('aria-pressed')).toBe('true')
    const id = conversationIdIn(page)
    await expect
      .poll(async () => {
        const saved = (await savedPath(id)).messages.at(-1) as SavedMessage & {
          feedback?: { rating: string }
        }
        return saved.feedback?.rating
      })
      .toBe('up')
    await page.reload()
    await visible(answers(page).last())
    expect(
      await answers(page)
        .last()
        .getByRole('button', { name: 'Good answer' })
        .getAttribute('aria-pressed'),
    ).toBe('true')
  })

  it('shows the tools an answer calls as cards, with their result', async () => {
    const page = h.page
    await list(page).getByRole('button', { name: 'New chat' }).click()
    await page.getByLabel('Use tools').check()
    await composer(page).fill('use calculator {"expression": "6 * 7"}')
    await composer(page).press('Enter')
    const card = answers(page).last().locator('details', { hasText: 'calculator' })
    await visible(card.getByText('Done'))
    await visible(
      answers(page)
        .last()
        .getByText(/calculator returned: .*42/),
    )
    await card.locator('summary').click()
    await visible(card.getByText('"expression": "6 * 7"'))
    await h.screenshot('chat-tools')
  })

  it('cites documents as numbered sources that open the passage quoted', async () => {
    const page = h.page
    const client = createChatterClient({
      baseUrl: h.url,
      token: auth.authorization?.replace(/^Bearer /, ''),
      workspaceId: auth['x-workspace-id'],
    })
    const bytes = new TextEncoder().encode(
      '# Lighthouses\n\nThe Creach lighthouse stands on the island of Ouessant. ' +
        'Its beam reaches sixty kilometres out to sea.\n',
    )
    const document = await client.uploadDocument({
      filename: 'lighthouses.md',
      contentType: 'text/markdown',
      size: bytes.byteLength,
      body: bytes,
    })
    await client.waitForDocument(document.id, { timeoutMs: 20_000 })

    await list(page).getByRole('button', { name: 'New chat' }).click()
    await page.getByLabel('Search documents').check()
    await composer(page).fill('How far does the Ouessant lighthouse beam reach?')
    await composer(page).press('Enter')
    const source = answers(page)
      .last()
      .getByRole('button', { name: /^Source 1/ })
    await visible(source, 20_000)
    await streamingAnswer(page).waitFor({ state: 'detached', timeout: 20_000 })
    await source.click()
    const dialog = page.getByRole('dialog', { name: 'Source 1' })
    await visible(dialog.getByText('lighthouses.md'))
    await visible(dialog.getByText(/sixty kilometres/))
    await h.screenshot('chat-source')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await visible(
      answers(page)
        .last()
        .getByRole('button', { name: /Source 1: lighthouses\.md/ }),
    )
    await h.screenshot('chat')
  })

  it('works on a phone: one column, the list behind a button', async () => {
    const page = h.page
    await page.setViewportSize({ width: 390, height: 844 })
    await visible(answers(page))
    expect(await list(page).isVisible()).toBe(false)
    await h.screenshot('chat-mobile')
    await page.getByRole('button', { name: 'Conversations' }).click()
    await visible(list(page).getByRole('link', { name: /lighthouses/ }))
    await list(page)
      .getByRole('link', { name: /lighthouses/ })
      .click()
    await visible(page.getByText('Stopped before the end'))
    await page.setViewportSize({ width: 1280, height: 860 })
  })

  it('renames and deletes a conversation from its menu', async () => {
    const page = h.page
    await list(page)
      .getByRole('button', { name: /^Actions for use calculator/ })
      .click()
    await list(page).getByRole('button', { name: 'Rename' }).click()
    const rename = page.getByRole('dialog', { name: 'Rename conversation' })
    await rename.getByLabel('Title').fill('Sums with the calculator')
    await rename.getByRole('button', { name: 'Save' }).click()
    await visible(list(page).getByRole('link', { name: /Sums with the calculator/ }))

    await list(page).getByRole('button', { name: 'Actions for Sums with the calculator' }).click()
    await list(page).getByRole('button', { name: 'Delete' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete conversation' })
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await visible(page.getByRole('status').getByText(/Deleted “Sums with the calculator”/))
    expect(
      await list(page)
        .getByRole('link', { name: /Sums with/ })
        .count(),
    ).toBe(0)
    expect(h.pageErrors).toEqual([])
  })

  it('renders a model’s markdown: highlighted code with a Copy button, and no script', async () => {
    const page = h.page
    // The local model writes no markdown blocks: this answer stands in for a real model's.
    const text =
      'Here it is:\n\n```ts\nconst answer: number = 42\nconsole.log(answer)\n```\n\n' +
      '**Done.** <script>window.pwned = true</script><a href="javascript:alert(1)">x</a>'
    const message = (id: string, role: string, content: string, status = 'complete') => ({
      id,
      role,
      content,
      status,
      conversationId: 'c_stub',
      parentId: role === 'user' ? null : 'm_q',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      userId: 'u_stub',
      workspaceId: 'w_stub',
    })
    const question = message('m_q', 'user', 'Show me some code')
    const saved = message('m_a', 'assistant', text)
    await page.route('**/v1/conversations/*/messages', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback()
      const events: [string, object][] = [
        [
          'message.start',
          {
            conversationId: 'c_stub',
            userMessage: question,
            assistantMessage: message('m_a', 'assistant', '', 'streaming'),
          },
        ],
        ['delta', { text }],
        ['message.end', { message: saved }],
      ]
      const body = events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('')
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body })
    })
    // The conversation read after the answer holds the stand-in messages, ending with the answer.
    const listed = /\/v1\/conversations\/[^/]+\/messages\?/
    const opened = /\/v1\/conversations\/[^/?]+\?messages=0/
    await page.route(listed, (route) =>
      route.fulfill({ json: { items: [question, saved], nextCursor: null } }),
    )
    await page.route(opened, async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, json: { ...(await response.json()), activeLeafId: 'm_a' } })
    })
    await list(page).getByRole('button', { name: 'New chat' }).click()
    await composer(page).fill('Show me some code')
    await composer(page).press('Enter')
    const answer = answers(page).last()
    const code = answer.locator('pre code.language-ts')
    await visible(code)
    expect(await code.locator('.hljs-keyword').first().textContent()).toBe('const')
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await answer.getByRole('button', { name: 'Copy code' }).click()
    await visible(answer.getByRole('button', { name: 'Copy code' }).getByText('Copied'))
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'console.log(answer)',
    )
    await visible(answer.locator('strong', { hasText: 'Done.' }))
    expect(await answer.locator('script').count()).toBe(0)
    expect(await answer.locator('a[href^="javascript"]').count()).toBe(0)
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false)
    await page.unroute('**/v1/conversations/*/messages')
    await page.unroute(listed)
    await page.unroute(opened)
  })

  it('follows an answer being written when the conversation is opened in another tab', async () => {
    const page = h.page
    await list(page).getByRole('button', { name: 'New chat' }).click()
    // A second tab of the same browser: signed in already (the session is in localStorage).
    const second = await h.context.newPage()
    const secondErrors: string[] = []
    second.on('pageerror', (error) => secondErrors.push(error.message))
    await second.goto(`${h.url}/chat`)
    await visible(second.getByRole('heading', { name: 'What can I help with?' }))

    const question =
      'Please compare the lighthouses of Brittany with those of Cornwall and Galicia, their ' +
      'history, their keepers, the light they cast across the water and how they are kept today'
    // Without documents, the local model quotes the question: the answer takes a couple of seconds.
    await page.getByLabel('Search documents').setChecked(false)
    await page.getByLabel('Use tools').setChecked(false)
    await composer(page).fill(question)
    await composer(page).press('Enter')
    await visible(streamingAnswer(page).locator('.chat-text'))
    const id = conversationIdIn(page)
    await second.goto(`${h.url}/chat/${id}`)

    // The other tab shows the question, and the answer growing in a busy bubble.
    const asked = second.getByRole('log').getByRole('article', { name: 'You said' })
    await visible(asked.getByText(question))
    await visible(streamingAnswer(second).locator('.chat-text'))
    const early = await textOf(second)
    await expect
      .poll(async () => (await textOf(second).catch(() => '')).length, { timeout: 10_000 })
      .toBeGreaterThan(early.length)
    await second.screenshot({ path: join(screenshotsDir, 'chat-followed.png') })

    // Both end with the saved answer, the question shown once.
    await streamingAnswer(second).waitFor({ state: 'detached', timeout: 20_000 })
    await streamingAnswer(page).waitFor({ state: 'detached', timeout: 20_000 })
    const saved = (await savedPath(id)).messages.at(-1)
    expect(saved).toMatchObject({ role: 'assistant', status: 'complete' })
    const shownIn = async (p: Page) =>
      (await answers(p).last().locator('.chat-text').innerText()).replace(/\s+/g, ' ').trim()
    expect(await shownIn(second)).toBe(saved?.content.replace(/\s+/g, ' ').trim())
    expect(await shownIn(second)).toBe(await shownIn(page))
    expect(await asked.count()).toBe(1)
    expect(await answers(second).count()).toBe(1)
    expect(secondErrors).toEqual([])
    await second.close()
  })
})
