import { Validator } from '@seriousme/openapi-schema-validator'
// ajv comes with the OpenAPI validator above; it checks each example against its own schema.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { openApiDocument } from './openapi-document'
import type { JsonSchema } from './openapi-examples'
import { testDependencies } from './test-support'

const document = openApiDocument()
const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>
const deref = (schema: JsonSchema | undefined): JsonSchema | undefined =>
  schema?.$ref ? schemas[String(schema.$ref).split('/').pop() ?? ''] : schema

const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item ?? {}).flatMap(([method, operation]) =>
    typeof operation === 'object' && operation && 'responses' in operation
      ? [{ where: `${method.toUpperCase()} ${path}`, path, operation: operation as JsonSchema }]
      : [],
  ),
)

/** Served but deliberately not in the document: the index, the document itself, its viewer. */
const undocumented = [
  'GET /',
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/assets/init.js',
  'GET /docs/assets/{file}',
  'GET /assets/*',
]
/** Callable without credentials; everything else must name the ones it takes. */
const publicOperations = [
  'GET /healthz',
  'GET /readyz',
  'POST /v1/auth/register',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
]
/** Probes answer 200 or 503 to whoever asks: no client error to describe. */
const noClientErrors = ['GET /healthz', 'GET /readyz']

/** The JSON bodies and success responses of an operation, each with the example it shows. */
function examples(operation: JsonSchema) {
  const media: [string, JsonSchema | undefined][] = [
    ['request body', operation.requestBody?.content?.['application/json']],
    ...Object.entries<JsonSchema>(operation.responses)
      .filter(([status]) => status.startsWith('2'))
      .map(([status, response]): [string, JsonSchema | undefined] => [
        status,
        response.content?.['application/json'],
      ]),
  ]
  return media.flatMap(([what, type]) =>
    type?.schema
      ? [{ what, schema: type.schema, example: type.example ?? deref(type.schema)?.example }]
      : [],
  )
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator()
    const result = await validator.validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    )
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([])
    expect(result.valid).toBe(true)
    expect(document.openapi).toBe('3.1.0')
  })

  it('documents every route the app serves', () => {
    const served = new Set(
      createApp(testDependencies())
        .routes.filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    )
    expect(served.size).toBeGreaterThan(150)
    const documented = new Set(operations.map(({ where }) => where))
    const missing = [...served].filter((route) => !documented.has(route))
    expect(missing.filter((route) => !undocumented.includes(route))).toEqual([])
    expect([...documented].filter((route) => !served.has(route))).toEqual([])
  })

  it('gives every operation a summary, tags, a unique camelCase id and its security', () => {
    const ids = operations.map(({ operation }) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { where, operation } of operations) {
      expect(operation.summary, where).toBeTruthy()
      expect(operation.tags?.length, where).toBeGreaterThan(0)
      expect(operation.operationId, where).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      expect(operation.security, where).toBeInstanceOf(Array)
      const isPublic = operation.security.length === 0
      expect(isPublic, `${where} public?`).toBe(publicOperations.includes(where))
    }
  })

  it('describes the problems each operation can answer, and the rate limit on /v1', () => {
    for (const { where, path, operation } of operations) {
      const problems = Object.entries<JsonSchema>(operation.responses).filter(
        ([status, response]) =>
          status.startsWith('4') && response.content?.['application/problem+json'],
      )
      if (!noClientErrors.includes(where)) expect(problems.length, where).toBeGreaterThan(0)
      if (path.startsWith('/v1/')) {
        expect(operation.responses['429']?.headers?.['Retry-After'], where).toBeDefined()
      }
    }
  })

  it('shows an example of every JSON request and response, valid against its schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats.default(ajv)
    ajv.addSchema({ components: document.components }, 'document')
    for (const { where, operation } of operations) {
      for (const { what, schema, example } of examples(operation)) {
        expect(example, `${where} ${what}`).toBeDefined()
        const local = JSON.parse(JSON.stringify(schema).replaceAll('"#/', '"document#/'))
        const validate = ajv.compile(local)
        expect(validate(example), `${where} ${what}: ${ajv.errorsText(validate.errors)}`).toBe(true)
      }
    }
  })

  it('pages every list with limit and cursor, answering { items, nextCursor }', () => {
    const lists = operations.filter(({ operation }) => {
      const page = deref(operation.responses['200']?.content?.['application/json']?.schema)
      return page?.properties?.items && [page.properties.nextCursor?.type].flat().includes('string')
    })
    expect(lists.length).toBeGreaterThan(20)
    for (const { where, operation } of lists) {
      const query = (operation.parameters ?? []).filter((p: JsonSchema) => p.in === 'query')
      const names = query.map((p: JsonSchema) => p.name)
      expect(names, where).toEqual(expect.arrayContaining(['limit', 'cursor']))
    }
  })
})
