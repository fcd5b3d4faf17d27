import type { OpenAPIHono } from '@hono/zod-openapi'
import { exampleOf, type JsonSchema } from './openapi-examples'
import { operationIdOf } from './openapi-operation-ids'

/**
 * What every operation of the document shares, applied once to the generated document rather
 * than repeated in 160 route declarations: a stable operation id, the 429 the `/v1` rate limiter
 * can answer, and a whole example for each JSON request body and success response.
 */

type Documented = Pick<OpenAPIHono, 'getOpenAPI31Document'>
type Info = Parameters<Documented['getOpenAPI31Document']>[0]
type Document = ReturnType<Documented['getOpenAPI31Document']>

const rateLimited = {
  description: 'Too many requests from this caller; retry after the given seconds',
  headers: {
    'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', example: 30 } },
  },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/**
 * The app's OpenAPI 3.1 document with the shared conventions applied.
 * @example app.get('/openapi.json', (c) => c.json(describedApi(app, openApiInfo)))
 */
export function describedApi(app: Documented, info: Info): Document {
  const document = app.getOpenAPI31Document(info)
  const components = (document.components?.schemas ?? {}) as Record<string, JsonSchema>
  const taken = new Map<string, string>()
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item?.[method]
      if (!operation) continue
      const where = `${method.toUpperCase()} ${path}`
      operation.operationId ??= operationIdOf(method, path)
      const clash = taken.get(operation.operationId)
      if (clash) throw new Error(`${where} and ${clash} share id ${operation.operationId}`)
      taken.set(operation.operationId, where)
      operation.responses ??= {}
      if (path.startsWith('/v1/')) operation.responses['429'] ??= rateLimited
      const body = operation.requestBody
      if (body && !('$ref' in body)) addExample(body.content?.['application/json'], components)
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('2') || '$ref' in response) continue
        addExample(response.content?.['application/json'], components)
      }
    }
  }
  return document
}

/** Gives a JSON media type a whole example unless it or its schema already has one. */
function addExample(media: JsonSchema | undefined, components: Record<string, JsonSchema>) {
  if (!media?.schema || media.example !== undefined || media.examples) return
  const schema = media.schema.$ref
    ? components[String(media.schema.$ref).split('/').pop() ?? '']
    : media.schema
  if (schema?.example !== undefined) return
  const example = exampleOf(media.schema, components)
  if (example !== undefined) media.example = example
}
