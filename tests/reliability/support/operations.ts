import { openApiDocument } from '@chatter/api/openapi'
import type { World } from './world'

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema and OpenAPI objects are free-form JSON.
export type Json = any

/** One operation of the OpenAPI document, as the reliability suite drives it. */
export interface Operation {
  /** `METHOD /path/{param}`, as the document spells it. */
  name: string
  method: string
  path: string
  /** `security: []`: callable without credentials. */
  isPublic: boolean
  responses: ReadonlySet<number>
  query: { name: string; schema: Json }[]
  /** The JSON body's schema ($refs resolved lazily by `resolve`) and its documented example. */
  body?: { schema: Json; example: unknown }
}

export const document: Json = openApiDocument()

// The documented examples are used as they are: a refused example is a documentation bug.
const methods = ['get', 'post', 'put', 'patch', 'delete']

/** Every operation of the document, in its order: nothing is listed by hand. */
export const operations: Operation[] = Object.entries<Json>(document.paths).flatMap(
  ([path, item]) =>
    methods
      .filter((method) => item[method])
      .map((method) => {
        const op = item[method]
        const name = `${method.toUpperCase()} ${path}`
        const json = op.requestBody?.content?.['application/json']
        const example = json?.example ?? resolve(json?.schema)?.example
        const parameters: Json[] = op.parameters ?? []
        return {
          name,
          method: method.toUpperCase(),
          path,
          isPublic: Array.isArray(op.security) && op.security.length === 0,
          responses: new Set(Object.keys(op.responses).map(Number)),
          query: parameters
            .filter((p) => p.in === 'query')
            .map(({ name, schema }) => ({ name, schema })),
          ...(json ? { body: { schema: json.schema, example } } : {}),
        }
      }),
)

/** A schema with its `$ref` followed into the document's components. */
export function resolve(schema: Json): Json {
  const ref: string | undefined = schema?.$ref
  if (!ref) return schema
  return resolve(
    ref
      .split('/')
      .slice(1)
      .reduce((node: Json, key) => node?.[key], document),
  )
}

/**
 * Which of the world's ids fills a path parameter, by the segment before it and its name: a
 * route added with a new kind of parameter fails loudly here rather than being fuzzed with junk.
 */
// biome-ignore format: a lookup table reads better aligned
const pathIds: Record<string, keyof World['ids'] | `=${string}`> = {
  'workspaces/{id}': 'A',        'members/{userId}': 'target',   'invitations/{invitationId}': 'inv',
  'invitations/{id}': 'inv',     'api-keys/{id}': 'key',         'conversations/{id}': 'conv',
  'messages/{messageId}': 'answer', 'profiles/{id}': 'spare',    'prompts/{id}': 'prm',
  'versions/{version}': '=1',    'agents/{id}': 'agent',         'documents/{id}': 'doc',
  'document-jobs/{id}': 'job',   'exports/{id}': 'exp',          'imports/{id}': 'imp',
  'tags/{tag}': 'tag',           'tool-servers/{id}': 'tsv',     'tools/{name}': 'tool',
  'webhooks/{id}': 'whk',        'deliveries/{deliveryId}': 'whd', 'executions/{executionId}': 'wfx',
  'templates/{id}': 'template',  'workflows/{id}': 'wfl',        'experiments/{id}': 'xpr',
  'reports/{id}': 'rep',         'runs/{runId}': 'rrun',         'models/{id}': 'prof',
  'users/{id}': 'target',         'passages/{passageId}': 'passage',
}

/** The path's parameters, each a real id of workspace A (or `hostile(name)` where given). */
export function fillPath(
  op: Operation,
  ids: World['ids'],
  hostile: (param: string) => string | undefined = () => undefined,
): string {
  return op.path.replace(/([\w-]+)\/\{(\w+)\}/g, (_, segment: string, param: string) => {
    const source = pathIds[`${segment}/{${param}}`]
    if (source === undefined) throw new Error(`No id for ${segment}/{${param}} in ${op.name}`)
    const real = source.startsWith('=') ? source.slice(1) : ids[source as keyof World['ids']]
    return `${segment}/${hostile(param) ?? encodeURIComponent(real)}`
  })
}

// The document's examples name ids like `prm_3k9q2m8x7v6c5b4n1p0z`: each becomes A's own.
const exampleId = /^([a-z]+)_(3k9q2m8x7v6c5b4n1p0z|01jd8k3m2q3k9q2m8x7v6c)$/
const idByPrefix: Record<string, keyof World['ids']> = {
  ws: 'A', usr: 'target', inv: 'inv', key: 'key', cnv: 'conv', msg: 'answer', prf: 'spare',
  prm: 'prm', agt: 'agent', doc: 'doc', job: 'job', exp: 'exp', imp: 'imp', tsv: 'tsv',
  wh: 'whk', evt: 'whd', wfl: 'wfl', wfx: 'wfx', rep: 'rep', rpr: 'rrun',
} // biome-ignore format: a lookup table reads better packed

/** The operation's documented example body, its ids replaced by workspace A's real ones. */
export function exampleBody(op: Operation, ids: World['ids']): unknown {
  const swap = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const prefix = exampleId.exec(value)?.[1]
      const source = prefix === undefined ? undefined : idByPrefix[prefix]
      return source === undefined ? value : ids[source]
    }
    if (Array.isArray(value)) return value.map(swap)
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]))
    return value
  }
  return swap(op.body?.example)
}
