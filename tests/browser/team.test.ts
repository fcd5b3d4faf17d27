// Issue 11: a team in the console. The owner makes a workspace and invites someone from the
// Members page; the invitee accepts in their own browser and works there; made a viewer, they
// can still read but the console offers no writes and no admin pages.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ConsoleHarness, openPage, signUp, startConsole, visible } from './support/console'

let h: ConsoleHarness
let owner: Page
let bob: Page

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const switcher = (page: Page) => page.getByLabel('Workspace', { exact: true })

beforeAll(async () => {
  h = await startConsole('team')
  owner = h.page
  // The invitee has a browser of their own (separate storage: a separate session).
  bob = await (await h.browser.newContext({ baseURL: h.url })).newPage()
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

describe('a team in the console', () => {
  it('creates a workspace from the switcher and invites someone from Members', async () => {
    await signUp(owner, { email: 'ada@example.com', name: 'Ada Lovelace' })
    await switcher(owner).selectOption({ label: '+ New workspace…' })
    const dialog = owner.getByRole('dialog', { name: 'New workspace' })
    await dialog.getByLabel('Name').fill('Research')
    await dialog.getByRole('button', { name: 'Create workspace' }).click()
    await visible(owner.getByText('Created workspace Research'))
    await expect
      .poll(() => switcher(owner).locator('option:checked').textContent())
      .toMatch(/^Research/)

    await openPage(owner, 'Members')
    const form = owner.getByRole('form', { name: 'Invite someone' })
    await form.getByLabel('Email').fill('bob@example.com')
    await form.getByLabel('Role').selectOption('member')
    await form.getByRole('button', { name: 'Send invitation' }).click()
    await visible(owner.getByRole('cell', { name: 'bob@example.com' }))
  })

  it('lets the invitee accept in their own browser and opens the workspace', async () => {
    await signUp(bob, { email: 'bob@example.com', name: 'Bob Builder' })
    const invitations = bob.getByRole('region', { name: 'Invitations' })
    await visible(invitations.getByText('Research'))
    await invitations.getByRole('button', { name: 'Accept' }).click()
    await visible(bob.getByText('Joined Research as member'))
    await expect
      .poll(() => switcher(bob).locator('option:checked').textContent())
      .toMatch(/^Research · member/)
    expect(await invitations.count()).toBe(0)
    // A member works but does not administer.
    expect(await nav(bob).getByRole('link', { name: 'Members' }).count()).toBe(0)
    await openPage(bob, 'Documents')
    await visible(bob.getByLabel('Choose files'))
  })

  it('makes the member a viewer: reading only, and the console offers no writes', async () => {
    await owner.reload()
    const role = owner.getByLabel('Role of Bob Builder')
    await role.selectOption('viewer')
    await expect.poll(() => role.inputValue()).toBe('viewer')

    await bob.reload()
    await expect
      .poll(() => switcher(bob).locator('option:checked').textContent())
      .toMatch(/^Research · viewer/)
    await openPage(bob, 'Documents')
    await visible(bob.getByRole('region', { name: 'Library' }))
    expect(await bob.getByLabel('Choose files').count()).toBe(0)
    await openPage(bob, 'Chat')
    const composer = bob.getByLabel('Message', { exact: true })
    await visible(composer)
    expect(await composer.isDisabled()).toBe(true)
    expect(await composer.getAttribute('placeholder')).toMatch(/viewers/i)
    await h.screenshot('team-viewer')
    expect(h.pageErrors).toEqual([])
  })
})
