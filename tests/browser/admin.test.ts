// Issue 11: a workspace owner runs the workspace from the console: usage as charts, API keys,
// the audit log, members and scheduled reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ConsoleHarness,
  openPage,
  signUp,
  startConsole,
  testPassword,
  visible,
} from './support/console'

let h: ConsoleHarness
let token: string

const email = 'grace@example.com'

/** Calls the API as the signed-up owner (setup and cross-checks; the behaviour goes through the UI). */
async function api<T>(path: string, init: { method?: string; body?: object } = {}): Promise<T> {
  const response = await fetch(`${h.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

interface Usage {
  totals: { messages: number; tokens: { input: number; output: number } }
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '')

beforeAll(async () => {
  // The first account is the platform administrator here, as with `npm start`.
  h = await startConsole('admin', {
    identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: true },
  })
  await signUp(h.page, { email, name: 'Grace Hopper' })
  const login = await fetch(`${h.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  })
  token = ((await login.json()) as { accessToken: string }).accessToken
  // Some answers, so the usage page has something to draw.
  const conversation = await api<{ id: string }>('/v1/conversations', {
    method: 'POST',
    body: { title: 'Usage check' },
  })
  for (const content of ['Hello there', 'Tell me about usage charts', 'Thanks!'])
    await api(`/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      body: { content },
    })
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

describe('the admin pages of the console', () => {
  it('shows the usage the API reports as charts with data', async () => {
    // The counters may trail the answers by a moment.
    await expect
      .poll(async () => (await api<Usage>('/v1/analytics/usage?range=30d')).totals.messages, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(3)
    const usage = await api<Usage>('/v1/analytics/usage?range=30d')
    const { input, output } = usage.totals.tokens
    expect(input).toBeGreaterThan(0)

    // Charts drawn at once, so the screenshots show them whole.
    await h.page.emulateMedia({ reducedMotion: 'reduce' })
    const nav = h.page.getByRole('navigation', { name: 'Main' })
    await visible(nav.getByRole('heading', { name: 'Admin' }))
    await openPage(h.page, 'Usage')
    const tokens = h.page.getByRole('img', { name: /^Tokens per day/ })
    await visible(tokens)
    const label = await tokens.getAttribute('aria-label')
    expect(label).toMatch(/input/)
    const numbers = (label ?? '').match(/[\d,.\s]+(?= input| output)/g)?.map(digits)
    expect(numbers).toEqual([String(input), String(output)])

    // The canvas has been drawn on, not left blank.
    await expect
      .poll(() =>
        tokens.evaluate((canvas) => {
          const element = canvas as HTMLCanvasElement
          const context = element.getContext('2d')
          if (!context) return 0
          const { data } = context.getImageData(0, 0, element.width, element.height)
          let painted = 0
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1
          return painted
        }),
      )
      .toBeGreaterThan(500)

    // The same figures as a table, for those who cannot see the chart.
    const card = h.page.getByRole('region', { name: 'Tokens per day' })
    await card.getByRole('button', { name: 'Show as table' }).click()
    const table = card.getByRole('table')
    await visible(table)
    const cells = await table.locator('tbody td').allTextContents()
    const sum = cells.map((c) => Number(digits(c))).reduce((a, b) => a + b, 0)
    expect(sum).toBe(input + output)
    await card.getByRole('button', { name: 'Show as chart' }).click()
    await visible(h.page.getByRole('img', { name: /^Tokens per day/ }))
    await visible(h.page.getByRole('img', { name: /^Answer latency/ }))
    await h.screenshot('usage')

    // Dark mode recolours the charts; a phone stacks them.
    await h.page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot('usage-dark')
    await h.page.setViewportSize({ width: 390, height: 844 })
    await h.screenshot('usage-phone')
    await h.page.setViewportSize({ width: 1280, height: 860 })
    await h.page.emulateMedia({ colorScheme: 'light' })
  })

  it('shows a platform administrator every workspace’s usage together', async () => {
    // Someone else answers in a workspace of their own.
    const other = await fetch(`${h.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: 'alan@example.com', password: testPassword }),
    })
    const otherToken = ((await other.json()) as { accessToken: string }).accessToken
    const headers = {
      authorization: `Bearer ${otherToken}`,
      'content-type': 'application/json',
      accept: 'application/json',
    }
    const conversation = await fetch(`${h.url}/v1/conversations`, {
      method: 'POST',
      headers,
      body: '{}',
    })
    const { id } = (await conversation.json()) as { id: string }
    await fetch(`${h.url}/v1/conversations/${id}/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: 'Hello from another workspace' }),
    })
    const answers = h.page.getByRole('region', { name: 'Totals' }).locator('.admin-stat').first()
    const shown = async () =>
      Number(digits(await answers.locator('.admin-stat-value').textContent()))
    await h.page.getByRole('button', { name: 'This workspace' }).click()
    await expect.poll(shown).toBe(3)
    await h.page.getByRole('button', { name: 'Whole platform' }).click()
    await visible(h.page.getByText('across every workspace'))
    await expect
      .poll(
        async () => {
          await h.page.getByRole('button', { name: '7 days' }).click()
          await h.page.getByRole('button', { name: '30 days' }).click()
          return shown()
        },
        { timeout: 15_000 },
      )
      .toBe(4)
  })

  it('creates an API key, shows its secret once, lists it and revokes it', async () => {
    const { page } = h
    await openPage(page, 'API keys')
    await page.getByRole('button', { name: 'Create API key' }).click()
    const form = page.getByRole('dialog', { name: 'Create API key' })
    await form.getByLabel('Name').fill('Nightly export')
    await form.getByRole('checkbox', { name: /^write/ }).check()
    await form.getByRole('button', { name: 'Create key' }).click()

    const once = page.getByRole('dialog', { name: 'Copy your new API key' })
    await visible(once.getByText(/only time the secret/))
    const secret = await once.getByLabel('API key secret').inputValue()
    expect(secret.length).toBeGreaterThan(20)
    // The secret works against the API.
    const asKey = await fetch(`${h.url}/v1/conversations`, {
      headers: { authorization: `Bearer ${secret}`, accept: 'application/json' },
    })
    expect(asKey.status).toBe(200)
    await once.getByRole('button', { name: 'I have stored it' }).click()

    const row = page.getByRole('row', { name: /Nightly export/ })
    await visible(row)
    expect(await row.textContent()).toContain('Active')
    // Shown once: the list holds the prefix only, never the secret.
    expect(await page.locator('main').textContent()).not.toContain(secret)
    await h.screenshot('api-keys')

    await row.getByRole('button', { name: 'Revoke' }).click()
    await page
      .getByRole('dialog', { name: 'Revoke Nightly export?' })
      .getByRole('button', { name: 'Revoke key' })
      .click()
    await visible(page.getByRole('status').getByText('Revoked the key Nightly export'))
    await visible(row.getByText('Revoked'))
  })

  it('shows the key in the audit log, with its details', async () => {
    const { page } = h
    await openPage(page, 'Audit log')
    const created = page.getByRole('row', { name: /key\.created/ })
    await visible(created)
    // The actor by name (members load beside the events).
    await expect.poll(() => created.textContent()).toContain('Grace Hopper')
    await visible(page.getByRole('row', { name: /key\.revoked/ }))
    await created.getByRole('button', { name: 'Details' }).click()
    const details = await visible(page.locator('pre.admin-details'))
    expect(await details.textContent()).toContain('"scopes": "read write"')
    // Filtering by action leaves only that action.
    await page.getByLabel('Action').selectOption('key.created')
    await expect.poll(() => page.getByRole('row', { name: /key\.revoked/ }).count()).toBe(0)
    await visible(created)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await visible(page.getByRole('row', { name: /key\.revoked/ }))
    await h.screenshot('audit')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    expect((await download).suggestedFilename()).toMatch(/^audit-.*\.csv$/)
  })

  it('lists the owner among the members and invites someone', async () => {
    const { page } = h
    await openPage(page, 'Members')
    const owner = page.getByRole('row', { name: /Grace Hopper/ })
    await visible(owner)
    expect(await owner.textContent()).toContain('Owner')
    await page.getByLabel('Email').fill('alan@example.com')
    await page.getByLabel('Role', { exact: true }).selectOption('viewer')
    await page.getByRole('button', { name: 'Send invitation' }).click()
    const invited = page.getByRole('row', { name: /alan@example\.com/ })
    await visible(invited)
    await h.screenshot('members')
    await invited.getByRole('button', { name: 'Revoke' }).click()
    await page.getByRole('button', { name: 'Revoke invitation' }).click()
    await visible(page.getByText('No pending invitations.'))
  })

  it('creates a report, runs it now and shows the run in its history', async () => {
    const { page } = h
    await openPage(page, 'Reports')
    await page.getByRole('button', { name: 'New report' }).click()
    const form = page.getByRole('dialog', { name: 'New report' })
    await form.getByLabel('Name').fill('Weekly usage')
    await form.getByLabel('Time zone').fill('UTC')
    await form.getByRole('button', { name: 'Create report' }).click()
    const report = page.getByRole('region', { name: 'Weekly usage' })
    await visible(report.getByText('No runs yet', { exact: false }))
    await report.getByRole('button', { name: 'Run now' }).click()
    const run = report.getByRole('row', { name: /succeeded/ })
    await visible(run)
    await visible(run.getByRole('button', { name: /Download/ }))
    const download = page.waitForEvent('download')
    await run.getByRole('button', { name: /Download/ }).click()
    expect((await download).suggestedFilename()).toMatch(/\.html$/)
    await h.screenshot('reports')
    expect(h.pageErrors).toEqual([])
  })
})
