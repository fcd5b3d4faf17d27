import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp, testDependencies } from '../test-support'

// A console build of its own (CHATTER_CONSOLE_DIR), so the test does not depend on `npm install`
// having built packages/console/dist.
let folder: string
const html = { accept: 'text/html,application/xhtml+xml' }

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'chatter-console-'))
  await mkdir(join(folder, 'assets'))
  await writeFile(
    join(folder, 'index.html'),
    '<!doctype html><html><head><title>Chatter</title></head><body><div id="app"></div><script type="module" src="/assets/index-abc.js"></script></body></html>',
  )
  await writeFile(join(folder, 'assets', 'index-abc.js'), 'console.log("chatter")')
  process.env.CHATTER_CONSOLE_DIR = folder
})
afterAll(async () => {
  delete process.env.CHATTER_CONSOLE_DIR
  await rm(folder, { recursive: true, force: true })
})

describe('the web console', () => {
  it('is what a browser gets at /, with a policy allowing only this origin’s scripts', async () => {
    const response = await testApp().request('/', { headers: html })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<div id="app">')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('still answers an API client at / with the index of the API', async () => {
    const response = await testApp().request('/')
    expect(await response.json()).toMatchObject({ api: '/v1', docs: '/docs', console: '/' })
  })

  it('answers its pages for deep links, but never for an API path', async () => {
    const page = await testApp().request('/chat/c_123', { headers: html })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="app">')
    const api = await testApp().request('/v1/no-such-route', { headers: html })
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toContain('application/problem+json')
    const post = await testApp().request('/chat', { method: 'POST', headers: html })
    expect(post.headers.get('content-type')).toContain('application/problem+json')
  })

  it('serves hashed assets for a year, and nothing outside the assets folder', async () => {
    const script = await testApp().request('/assets/index-abc.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('cache-control')).toContain('immutable')
    const outside = await testApp().request('/assets/..%2Findex.html')
    expect(outside.status).toBe(404)
    const missing = await testApp().request('/assets/nope.js')
    expect(missing.status).toBe(404)
  })

  it('names the streaming URL when answers stream from elsewhere (AWS function URL)', async () => {
    const deps = testDependencies()
    const app = testApp({
      config: { ...deps.config, STREAM_URL: 'https://abc.lambda-url.us-east-1.on.aws/' },
    })
    const page = await (await app.request('/', { headers: html })).text()
    expect(page).toContain(
      '<meta name="chatter-stream-url" content="https://abc.lambda-url.us-east-1.on.aws/" />',
    )
  })

  it('says how to build it when it was never built', async () => {
    process.env.CHATTER_CONSOLE_DIR = join(folder, 'nowhere')
    try {
      const response = await testApp().request('/', { headers: html })
      expect(response.status).toBe(503)
      expect(await response.text()).toContain('npm run build -w @chatter/console')
    } finally {
      process.env.CHATTER_CONSOLE_DIR = folder
    }
  })
})
