// Issue 11: every page of the console is usable without a mouse or sight: one h1, every control
// named, every button and link named, no page errors; the navigation works at phone width and
// by keyboard; key text meets WCAG AA contrast (4.5:1).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ConsoleHarness, signUp, startConsole, visible } from './support/console'

let h: ConsoleHarness

beforeAll(async () => {
  h = await startConsole('accessibility')
  await signUp(h.page, { email: 'grace@example.com', name: 'Grace Hopper' })
}, 90_000)
afterAll(async () => {
  await h?.stop()
})

const navLinks = [
  'Chat',
  'Search',
  'Documents',
  'Prompts',
  'Agents',
  'Tool servers',
  'Model profiles',
  'Usage',
  'Members',
  'API keys',
  'Audit log',
  'Reports',
  'Settings',
]

/** What an accessibility check finds on the page as it stands, one sentence per problem. */
function auditPage(): string[] {
  const problems: string[] = []
  const shown = (el: HTMLElement) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
  const describe = (el: HTMLElement) =>
    el.outerHTML.replace(/\s+/g, ' ').slice(0, 160) + (el.outerHTML.length > 160 ? '…' : '')
  const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim()
  const labelledBy = (el: HTMLElement) =>
    text(
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? document.getElementById(id)?.textContent : ''))
        .join(' '),
    )

  const headings = document.querySelectorAll('h1')
  if (headings.length !== 1)
    problems.push(
      `${headings.length} h1 elements (${[...headings].map((e) => text(e.textContent)).join(' | ')}), want exactly one`,
    )

  for (const el of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    if (!shown(el) || el.type === 'hidden') continue
    const fromLabels = [...(el.labels ?? [])].map((l) => text(l.textContent)).join(' ')
    const name = text(el.getAttribute('aria-label')) || labelledBy(el) || fromLabels
    if (!name) problems.push(`control without an accessible name: ${describe(el)}`)
  }

  for (const el of document.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')) {
    if (!shown(el)) continue
    const images = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt'))
    const name =
      text(el.getAttribute('aria-label')) ||
      labelledBy(el) ||
      text(el.innerText) ||
      text(images.join(' ')) ||
      text(el.getAttribute('title'))
    if (!name)
      problems.push(`${el.tagName.toLowerCase()} without an accessible name: ${describe(el)}`)
  }
  return problems
}

/** Follows a main-navigation link and waits for the new page's heading and first data. */
async function visit(page: Page, link: string) {
  const target = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
  // A lazy page shows the previous one until its code arrives: wait for the heading to change,
  // unless the link leads where we already are (`/` is the chat page).
  const href = await target.getAttribute('href')
  const path = new URL(page.url()).pathname
  const here = href === path || (path === '/' && href === '/chat')
  const before = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? '')
  await target.click()
  await page.waitForFunction(
    ({ previous, same }) =>
      [...document.querySelectorAll('main h1')].some((h1) => same || h1.textContent !== previous),
    { previous: before, same: here },
    { timeout: 15_000 },
  )
  // Let the first loads finish (a page that polls may keep a spinner: the audit runs anyway).
  await page
    .waitForFunction(() => !document.querySelector('main .spinner'), null, { timeout: 8_000 })
    .catch(() => {})
}

describe('every console page', () => {
  it.each(navLinks)(
    '%s: one h1, named controls, buttons and links, no page errors',
    async (link) => {
      const errorsBefore = h.pageErrors.length
      await visit(h.page, link)
      const problems = await h.page.evaluate(auditPage)
      expect(problems, `${link} page`).toEqual([])
      expect(h.pageErrors.slice(errorsBefore), `${link} page errors`).toEqual([])
    },
  )
})

type Rgba = [number, number, number, number]

function parseColor(value: string): Rgba {
  const parts = /^rgba?\(([^)]+)\)$/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
  if (!parts || parts.length < 3) throw new Error(`Cannot read the color ${value}`)
  const [r, g, b, a = '1'] = parts
  return [Number(r), Number(g), Number(b), Number(a)]
}

/** WCAG relative luminance of an sRGB color. */
function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

function contrast(foreground: string, background: string): number {
  const bg = parseColor(background)
  const fgRaw = parseColor(foreground)
  // Text with alpha is seen blended over its background.
  const fg: Rgba = [0, 1, 2].map((i) => fgRaw[i]! * fgRaw[3] + bg[i]! * (1 - fgRaw[3])) as Rgba
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

/** The text color of the first element matching `selector` and the background it sits on. */
async function colorsOf(page: Page, selector: string) {
  return page.evaluate((css) => {
    const el = document.querySelector<HTMLElement>(css)
    if (!el) return undefined
    let background = 'rgba(0, 0, 0, 0)'
    for (let node: HTMLElement | null = el; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor
      if (!/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') {
        background = color
        break
      }
    }
    if (background === 'rgba(0, 0, 0, 0)') background = 'rgb(255, 255, 255)'
    return { color: getComputedStyle(el).color, background }
  }, selector)
}

describe('the audit itself', () => {
  it('notices a second h1, an unnamed control and an unnamed button', async () => {
    await h.page.evaluate(() =>
      document
        .querySelector('main')
        ?.insertAdjacentHTML(
          'beforeend',
          '<div id="audit-bait"><h1>Extra</h1><input><button type="button"><svg aria-hidden="true"></svg></button></div>',
        ),
    )
    const problems = (await h.page.evaluate(auditPage)).join('\n')
    await h.page.evaluate(() => document.getElementById('audit-bait')?.remove())
    expect(problems).toMatch(/2 h1 elements/)
    expect(problems).toMatch(/control without an accessible name: <input>/)
    expect(problems).toMatch(/button without an accessible name/)
  })
})

describe('reading and moving around', () => {
  it('keeps body text, muted text, nav links and the primary button at 4.5:1 or more', async () => {
    await visit(h.page, 'Prompts')
    const checks = {
      'body text': 'main h1',
      'muted text': 'main .page-header .muted',
      'nav link': 'nav .nav-link:not([aria-current])',
      'current nav link': 'nav .nav-link[aria-current="page"]',
      'primary button': 'main .button.primary',
    }
    for (const [what, selector] of Object.entries(checks)) {
      const colors = await colorsOf(h.page, selector)
      expect(colors, `${what} (${selector}) is on the page`).toBeDefined()
      if (!colors) continue
      const ratio = contrast(colors.color, colors.background)
      expect(ratio, `${what}: ${colors.color} on ${colors.background}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('reaches "Skip to content" first by Tab, then every navigation link', async () => {
    const { page } = h
    await page.goto('/chat')
    await visible(page.getByRole('navigation', { name: 'Main' }))
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim())
    expect(first).toBe('Skip to content')
    const reached = new Set<string>()
    for (let i = 0; i < 50 && reached.size < navLinks.length; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement
        if (!el?.closest('nav') || el.tagName !== 'A') return ''
        return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()
      })
      if (focused) reached.add(focused)
    }
    expect([...reached].sort()).toEqual([...navLinks].sort())
    // Focus is seen: the focused link draws an outline.
    const outline = await page.evaluate(() =>
      document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none',
    )
    expect(outline).not.toBe('none')
  })

  it('opens the navigation from the menu button at phone width, and a link in it works', async () => {
    const { page } = h
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/prompts')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const menu = page.getByRole('button', { name: 'Menu' })
    await visible(menu)
    expect(await nav.getByRole('link', { name: 'Agents' }).isVisible()).toBe(false)
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await visible(nav.getByRole('link', { name: 'Agents' }))
    await h.screenshot('mobile-menu')
    // The top bar stays a bar (not a stretched grid row) and its button closes the drawer again.
    const bar = await page.locator('.topbar').boundingBox()
    expect(bar?.height, 'top bar height at 390 px').toBeLessThanOrEqual(64)
    await menu.click({ timeout: 5_000 })
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    await menu.click()
    await nav.getByRole('link', { name: 'Agents' }).click()
    await visible(page.getByRole('heading', { level: 1, name: 'Agents' }))
    // The drawer closes on arrival, and the page fits the screen.
    expect(await nav.getByRole('link', { name: 'Agents' }).isVisible()).toBe(false)
    // Every page fits a phone's width: wide content scrolls inside itself, not the page.
    const overflowing: string[] = []
    for (const link of navLinks) {
      await menu.click()
      await visit(page, link)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      if (overflow > 0) overflowing.push(`${link} is ${overflow}px wider than the screen`)
    }
    expect(overflowing).toEqual([])
    await page.setViewportSize({ width: 1280, height: 860 })
  })
})
