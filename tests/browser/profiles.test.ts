// Issue 11: the model profiles page. A person creates profiles, moves the default between them,
// edits one, is told why the default cannot go, deletes another, sees a bad value refused with
// nothing typed lost, and finds the profile offered in chat.
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
const email = 'profiles@example.com'

interface Profile {
  id: string
  name: string
  temperature: number
  isDefault: boolean
  retrieval: { enabled: boolean; topK: number }
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${h.url}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

beforeAll(async () => {
  h = await startConsole('profiles')
  await signUp(h.page, { email, name: 'Grace Hopper' })
  const login = await fetch(`${h.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password: testPassword }),
  })
  token = ((await login.json()) as { accessToken: string }).accessToken
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

describe('the model profiles page', () => {
  it('creates profiles, moves the default, edits, refuses and deletes, and offers it in chat', async () => {
    const { page } = h
    const toast = page.getByRole('status').filter({ hasText: /\w/ })
    await openPage(page, 'Model profiles')
    await visible(page.getByText('No model profiles yet'))

    // The first profile becomes the default.
    await page.getByRole('button', { name: 'New profile' }).click()
    let form = page.getByRole('dialog', { name: 'New profile' })
    await form.getByLabel('Name', { exact: true }).fill('Quick')
    await form.getByRole('button', { name: 'Create profile' }).click()
    await visible(toast.getByText('Created Quick, the workspace’s default profile'))
    const quick = page.getByRole('article', { name: 'Quick' })
    await visible(quick.getByText('Default', { exact: true }))

    await page.getByRole('button', { name: 'New profile' }).click()
    form = page.getByRole('dialog', { name: 'New profile' })
    await form.getByLabel('Name', { exact: true }).fill('Careful')
    await form.getByLabel('Provider').selectOption('local')
    await form.getByLabel('Model', { exact: true }).fill('local')
    await form.getByLabel('Temperature').fill('0.2')
    await visible(form.getByText('0.20', { exact: true }))
    await form.getByLabel('Search the workspace’s documents').check()
    await form.getByLabel('Passages per answer').fill('3')
    await form.getByLabel('System prompt').fill('Be careful and say when you are unsure.')
    await h.screenshot('profile-form')
    await form.getByRole('button', { name: 'Create profile' }).click()
    await visible(toast.getByText('Created Careful', { exact: true }))
    const careful = page.getByRole('article', { name: 'Careful' })
    await visible(careful.getByText('3 passages'))
    expect(await careful.getByText('Default', { exact: true }).count()).toBe(0)

    // The default badge moves, and the API agrees.
    await page.getByRole('button', { name: 'Make Careful the default' }).click()
    await visible(toast.getByText('Careful is now the default profile'))
    await visible(careful.getByText('Default', { exact: true }))
    expect(await quick.getByText('Default', { exact: true }).count()).toBe(0)
    const byDefault = await api<Profile>('/v1/profiles/default')
    expect(byDefault).toMatchObject({ name: 'Careful', retrieval: { enabled: true, topK: 3 } })
    expect(byDefault.temperature).toBeCloseTo(0.2)

    // Edit the temperature.
    await page.getByRole('button', { name: 'Edit Careful' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Careful' })
    expect(await edit.getByLabel('Name', { exact: true }).inputValue()).toBe('Careful')
    await edit.getByLabel('Temperature').fill('0.5')
    await edit.getByRole('button', { name: 'Save profile' }).click()
    await visible(toast.getByText('Saved Careful'))
    await expect
      .poll(async () => (await api<Profile>(`/v1/profiles/${byDefault.id}`)).temperature)
      .toBeCloseTo(0.5)
    await h.screenshot('profiles')
    await page.setViewportSize({ width: 390, height: 844 })
    await h.screenshot('profiles-phone')
    await page.setViewportSize({ width: 1280, height: 860 })

    // The default cannot go while another profile remains: the API's reason is shown.
    await careful.getByRole('button', { name: 'Delete' }).click()
    const refuse = page.getByRole('dialog', { name: 'Delete Careful?' })
    await refuse.getByRole('button', { name: 'Delete' }).click()
    await visible(refuse.getByRole('alert'))
    expect(await refuse.getByRole('alert').textContent()).toMatch(/default/i)
    await refuse.getByRole('button', { name: 'Cancel' }).click()

    await quick.getByRole('button', { name: 'Delete' }).click()
    await page
      .getByRole('dialog', { name: 'Delete Quick?' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await visible(toast.getByText('Deleted profile Quick'))
    expect(await page.getByRole('article', { name: 'Quick' }).count()).toBe(0)

    // A bad value: the API's problem is shown, the dialog stays, the values stay.
    await page.getByRole('button', { name: 'New profile' }).click()
    form = page.getByRole('dialog', { name: 'New profile' })
    await form.getByLabel('Name', { exact: true }).fill('Broken')
    await form.getByLabel('Max tokens').fill('0')
    await form.getByRole('button', { name: 'Create profile' }).click()
    await visible(form.getByRole('alert'))
    expect(await form.getByRole('alert').textContent()).toMatch(/maxTokens/)
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Broken')
    expect(await form.getByLabel('Max tokens').inputValue()).toBe('0')
    await form.getByRole('button', { name: 'Close' }).click()
    expect(await page.getByRole('article', { name: 'Broken' }).count()).toBe(0)

    // Chat offers the profile.
    await openPage(page, 'Chat')
    const picker = page.getByLabel('Profile', { exact: true })
    await visible(picker)
    expect(await picker.locator('option').allTextContents()).toContain('Careful')
    // The refused requests log "Failed to load resource" (the browser's, not the page's).
    expect(h.pageErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([])
  }, 60_000)
})
