import { DomainError } from '@chatter/core'
import { httpCors } from '@chatter/resources'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { AppDependencies } from './dependencies'
import { requestLogger } from './middleware/request-logger'
import { describedApi } from './openapi-conventions'
import { openApiTags } from './openapi-tags'
import { problemResponse } from './problem'
import { createRouter } from './router'
import { wantsPage, webConsole } from './routes/console'
import { docsRoutes } from './routes/docs'
import { healthRoutes } from './routes/health'
import { v1Routes } from './routes/v1'

/** The document's header: `/openapi.json` and the SDK generator (`openApiDocument`) share it. */
export const openApiInfo = {
  openapi: '3.1.0',
  info: { title: 'Chatter API', version: '0.1.0', description: 'A serverless AI chat platform.' },
  // Relative: the docs and the SDK call whichever host served the document.
  servers: [{ url: '/', description: 'This server' }],
  tags: openApiTags,
}

/** Request ids we accept from callers: short and printable, so they are safe to log and echo. */
const safeRequestId = /^[\w.:-]{1,128}$/

/**
 * The whole HTTP API as one Hono app: served by API Gateway + Lambda, by the streaming function
 * URL, and by the local server, unchanged.
 */
export function createApp(deps: AppDependencies) {
  const app = createRouter()

  app.use(
    requestId({
      generator: (c) => {
        const given = c.req.header('X-Request-Id')
        return given && safeRequestId.test(given) ? given : crypto.randomUUID()
      },
    }),
  )
  app.use(requestLogger(deps.logger))
  app.use(secureHeaders())
  app.use(
    cors({
      origin: deps.config.CORS_ORIGINS.includes('*') ? '*' : deps.config.CORS_ORIGINS,
      allowHeaders: [...httpCors.allowHeaders],
      exposeHeaders: [...httpCors.exposeHeaders],
      allowMethods: [...httpCors.allowMethods],
      maxAge: httpCors.maxAgeSeconds,
    }),
  )
  app.use(methodNotAllowed({ app, onMethodNotAllowed }))
  app.use(
    bodyLimit({
      maxSize: deps.config.MAX_BODY_BYTES,
      onError: () => {
        throw new DomainError(
          'request.tooLarge',
          `The request body is larger than ${deps.config.MAX_BODY_BYTES} bytes.`,
        )
      },
    }),
  )

  app.route('/', healthRoutes(deps.probes))
  app.route('/', docsRoutes())
  app.route('/v1', v1Routes(deps))
  const consoleApp = webConsole(deps.config.STREAM_URL)
  app.route('/', consoleApp.routes)
  // A browser gets the console; an API client the index of what is here.
  app.get('/', (c) =>
    wantsPage(c)
      ? consoleApp.page(c)
      : c.json({
          name: 'Chatter',
          api: '/v1',
          openapi: '/openapi.json',
          docs: '/docs',
          health: '/healthz',
          readiness: '/readyz',
          console: '/',
        }),
  )

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An access token from /v1/auth/login, or an API key (`chk_...`).',
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
  })
  let document: ReturnType<typeof describedApi> | undefined
  app.get('/openapi.json', (c) => {
    document ??= describedApi(app, openApiInfo)
    return c.json(document)
  })

  // The console's own paths (/chat/{id}, /documents, ...) are pages the app routes itself.
  app.notFound((c) =>
    wantsPage(c)
      ? consoleApp.page(c)
      : problemResponse(
          c,
          new DomainError('route.notFound', `No route matches ${c.req.method} ${c.req.path}.`),
        ),
  )
  app.onError((error, c) => {
    const response = problemResponse(c, error)
    if (response.status >= 500) c.get('logger')?.error('unhandled error', { error })
    return response
  })
  return app
}

export type App = ReturnType<typeof createApp>

function onMethodNotAllowed(c: Parameters<typeof problemResponse>[0], allowed: string[]) {
  const error = new DomainError(
    'route.methodNotAllowed',
    `${c.req.method} is not allowed here; use ${allowed.join(', ')}.`,
  )
  return problemResponse(c, error, { Allow: allowed.join(', ') })
}
