import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize, sep } from 'node:path'
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../context'

/** Where infra/api.ts copies the built console inside the Lambda bundle (`copyFiles` `to`). */
export const bundledConsoleFolder = 'console'

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

// Scripts and styles come from this origin only. Uploads go straight to storage (presigned
// URLs: the local S3 server on loopback, S3 over https) and answers may stream from the
// function URL, so connections may go there too.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The built console (packages/console/dist): beside the Lambda handler when bundled, else the
 * workspace package (local server, tests); `CHATTER_CONSOLE_DIR` names another build (a test's
 * own). Undefined when it was never built.
 */
export function consoleFolder(): string | undefined {
  const chosen = process.env.CHATTER_CONSOLE_DIR
  if (chosen) return existsSync(join(chosen, 'index.html')) ? chosen : undefined
  const taskRoot = process.env.LAMBDA_TASK_ROOT
  if (taskRoot && existsSync(join(taskRoot, bundledConsoleFolder, 'index.html')))
    return join(taskRoot, bundledConsoleFolder)
  try {
    const root = dirname(createRequire(import.meta.url).resolve('@chatter/console/package.json'))
    return existsSync(join(root, 'dist', 'index.html')) ? join(root, 'dist') : undefined
  } catch {
    return undefined
  }
}

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Chatter</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>The console is not built</h1>
<p>Build it with <code>npm run build -w @chatter/console</code> (<code>npm install</code> and
<code>npm start</code> do this for you), then reload. The API is at <a href="/v1/me">/v1</a> and its
documentation at <a href="/docs">/docs</a>.</p>
</body></html>
`

/** Would this request like a page (a browser navigating), rather than JSON? */
export function wantsPage(c: Context<AppEnv>): boolean {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return false
  const path = c.req.path
  if (path === '/v1' || path.startsWith('/v1/')) return false
  return (c.req.header('Accept') ?? '').includes('text/html')
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The web console: `routes` serves `/assets/*` (hashed names, cached for a year); `page` answers
 * `index.html` (or a page saying how to build it), never cached, for every page a browser asks
 * for (`GET /` with `Accept: text/html`, and any unknown non-API path), so deep links like
 * /chat/{id} load the app. With a streaming URL (AWS: the function URL; API Gateway buffers
 * answers) the page names it in a `<meta name="chatter-stream-url">` the console streams from.
 * The build is looked up on first use, not at cold start. Not in the OpenAPI document.
 */
export function webConsole(streamUrl?: string) {
  let found: { folder: string | undefined } | undefined
  const folder = () => {
    found ??= { folder: consoleFolder() }
    return found.folder
  }
  const assets = new Map<string, Uint8Array<ArrayBuffer>>()
  const meta = streamUrl
    ? `<meta name="chatter-stream-url" content="${escapeAttribute(streamUrl)}" />`
    : undefined

  const routes = new Hono<AppEnv>().get('/assets/*', async (c, next) => {
    const root = folder()
    if (!root) return next()
    const dir = join(root, 'assets')
    const file = normalize(join(dir, c.req.path.slice('/assets/'.length)))
    let content = assets.get(file)
    if (!content) {
      if (!file.startsWith(dir + sep) || !existsSync(file)) return next()
      content = new Uint8Array(await readFile(file))
      assets.set(file, content)
    }
    c.header('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream')
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    return c.body(content)
  })

  // Read per navigation (small, and rare): a rebuild while the server runs is served at once.
  const page = async (c: Context<AppEnv>): Promise<Response> => {
    const root = folder()
    c.header('Content-Security-Policy', contentSecurityPolicy)
    c.header('Cache-Control', 'no-cache')
    if (!root) return c.html(notBuiltPage, 503)
    const html = await readFile(join(root, 'index.html'), 'utf8')
    return c.html(meta ? html.replace('</head>', `    ${meta}\n  </head>`) : html)
  }
  return { routes, page }
}
