// Issue 11: a new person opens the console, creates an account and lands in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ConsoleHarness, openPage, signUp, startConsole, visible } from './support/console'

let h: ConsoleHarness

beforeAll(async () => {
  h = await startConsole('sign-up')
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

describe('signing up in the console', () => {
  it('serves the console to a browser and JSON to an API client at /', async () => {
    const page = await fetch(`${h.url}/`, { headers: { accept: 'text/html' } })
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<div id="app">')
    const index = await fetch(`${h.url}/`)
    expect(await index.json()).toMatchObject({ api: '/v1', console: '/' })
    // A deep link is the app too; an unknown API path stays a problem.
    const deep = await fetch(`${h.url}/chat/c_123`, { headers: { accept: 'text/html' } })
    expect(deep.status).toBe(200)
    const api = await fetch(`${h.url}/v1/nothing`, { headers: { accept: 'text/html' } })
    expect(api.headers.get('content-type')).toContain('application/problem+json')
  })

  it('creates an account, shows who is signed in, and keeps the session across a reload', async () => {
    await signUp(h.page, { email: 'ada@example.com', name: 'Ada Lovelace' })
    const nav = h.page.getByRole('navigation', { name: 'Main' })
    await visible(nav.getByText('Ada Lovelace', { exact: true }))
    await visible(nav.getByLabel('Workspace'))
    await h.page.reload()
    await visible(nav.getByText('Ada Lovelace', { exact: true }))
    await h.screenshot('signed-in')
  })

  it('explains a refused password and signs out and back in', async () => {
    const nav = h.page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('button', { name: 'Sign out' }).click()
    await visible(h.page.getByRole('heading', { name: 'Sign in' }))
    await h.page.getByLabel('Email').fill('ada@example.com')
    await h.page.getByLabel('Password').fill('not the password')
    await h.page.getByRole('button', { name: 'Sign in' }).click()
    const alert = await visible(h.page.getByRole('alert'))
    expect(await alert.textContent()).toMatch(/email or password/i)
    await h.page.getByLabel('Password').fill('correct horse battery staple')
    await h.page.getByRole('button', { name: 'Sign in' }).click()
    await visible(nav)
    await openPage(h.page, 'Documents')
  })
})
