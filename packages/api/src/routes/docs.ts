import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { DomainError } from '@chatter/core'
import { Hono } from 'hono'
import type { AppEnv } from '../context'

/** The swagger-ui-dist files the page loads; the Lambda bundle ships these (infra/api.ts). */
export const swaggerUiAssets = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const

/** Where infra/api.ts copies the assets inside the Lambda bundle (`copyFiles` `to`). */
export const bundledAssetsFolder = 'swagger-ui'

// The page's own start-up script is served as a file too, so the page needs no inline script
// and its Content-Security-Policy can allow scripts from this origin only.
const initScript = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  displayOperationId: true,
  validatorUrl: 'none',
})
`

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Chatter API</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/init.js"></script>
  </body>
</html>
`

// Swagger UI sets inline styles and shows data: images; everything else comes from us.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The folder holding the assets: beside the Lambda handler when bundled, else the installed
 * swagger-ui-dist package (local server, tests). Undefined when neither is there.
 */
function assetsFolder(): string | undefined {
  const taskRoot = process.env.LAMBDA_TASK_ROOT
  if (taskRoot && existsSync(join(taskRoot, bundledAssetsFolder))) {
    return join(taskRoot, bundledAssetsFolder)
  }
  try {
    return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  } catch {
    return undefined
  }
}

/**
 * `GET /docs`: interactive API docs (Swagger UI over `/openapi.json`), public and offline: the
 * page and its assets come from this app, never a CDN. Not part of the OpenAPI document.
 */
export function docsRoutes() {
  const folder = assetsFolder()
  const cache = new Map<string, Buffer>()
  return new Hono<AppEnv>()
    .get('/docs', (c) => {
      c.header('Content-Security-Policy', contentSecurityPolicy)
      return c.html(page)
    })
    .get('/docs/assets/init.js', (c) => {
      c.header('Content-Type', swaggerUiAssets['swagger-ui-bundle.js'])
      return c.body(initScript)
    })
    .get('/docs/assets/:file', async (c) => {
      const file = c.req.param('file')
      if (!Object.hasOwn(swaggerUiAssets, file) || !folder) {
        throw new DomainError('route.notFound', `No docs asset named ${file}.`)
      }
      const name = file as keyof typeof swaggerUiAssets
      const content = cache.get(name) ?? (await readFile(join(folder, name)))
      cache.set(name, content)
      c.header('Content-Type', swaggerUiAssets[name])
      c.header('Cache-Control', 'public, max-age=86400')
      return c.body(new Uint8Array(content))
    })
}
