// Drives the web console in Debian's Chromium (playwright-core, no downloaded browser) against
// the whole local stack, as a person would use it after `npm start`.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack, LocalStackOptions } from '@chatter/local'
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { startTestStack } from '../../support/local-stack'

/** Debian's Chromium (`.ci/run` installs it when absent); CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Where screenshots go: test artifacts, ignored by git. */
export const screenshotsDir = join(process.cwd(), 'test-results', 'screenshots')

// Headless as root, with no calls home (this machine's network is closed).
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface ConsoleHarness {
  stack: LocalStack
  browser: Browser
  context: BrowserContext
  page: Page
  /** The console's address (the local API server). */
  url: string
  /** Problems the page reported (uncaught errors, console errors): a test may assert none. */
  pageErrors: string[]
  /** Saves a full-page screenshot as test-results/screenshots/{name}.png. */
  screenshot(name: string): Promise<string>
  stop(): Promise<void>
}

/**
 * Starts the local stack on a free port and a Chromium page on it.
 * @example const h = await startConsole('chat'); await signUp(h.page, { email: 'a@example.com' })
 */
export async function startConsole(
  name: string,
  overrides: Partial<LocalStackOptions> = {},
): Promise<ConsoleHarness> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  const dataDir = await mkdtemp(join(tmpdir(), `chatter-browser-${name}-`))
  const stack = await startTestStack(dataDir, {
    rateLimitPolicies: {
      default: { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' },
    },
    ...overrides,
  })
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: launchArgs,
  })
  const context = await browser.newContext({
    baseURL: stack.url,
    viewport: { width: 1280, height: 860 },
    colorScheme: 'light',
  })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  return {
    stack,
    browser,
    context,
    page,
    url: stack.url,
    pageErrors,
    async screenshot(shot) {
      await mkdir(screenshotsDir, { recursive: true })
      const path = join(screenshotsDir, `${shot}.png`)
      // From the top: a sticky sidebar would otherwise be drawn where the scroll left it.
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path, fullPage: true })
      return path
    },
    async stop() {
      await browser.close().catch(() => {})
      await stack.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export const testPassword = 'correct horse battery staple'

/**
 * Creates an account through the sign-up form and waits for the console to open (the chat page).
 */
export async function signUp(
  page: Page,
  { email, name, password = testPassword }: { email: string; name?: string; password?: string },
) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Create an account' }).click()
  if (name) await page.getByLabel('Name').fill(name)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await visible(page.getByRole('navigation', { name: 'Main' }))
}

/** Follows a link of the main navigation and waits for the page's heading. */
export async function openPage(page: Page, link: string, heading = link) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click()
  await visible(page.getByRole('heading', { level: 1, name: heading }))
}

/**
 * Waits until the locator shows (playwright-core has no `expect`; vitest's `expect.poll` suits
 * values that change, this suits elements that appear).
 */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout })
  return locator
}
