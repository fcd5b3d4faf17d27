/**
 * Whole examples for request bodies and responses, built from their schemas: a schema's own
 * `example` wins (components carry realistic ones), fields without one get a value from their
 * name, format or type. Ids get the prefix the platform really gives them (`cnv_`, `doc_`...),
 * whichever shared `Id` schema the field reuses, so a copied example reads like real traffic.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is free-form JSON.
export type JsonSchema = Record<string, any>

const randomPart = '3k9q2m8x7v6c5b4n1p0z'
const when = '2026-01-15T09:30:00.000Z'

/** The id prefix of each entity (packages/core: `newId(prefix)`), by entity name, lower case. */
const prefixes: Record<string, string> = {
  agent: 'agt', apikey: 'key', createdapikey: 'key', key: 'key', conversation: 'cnv',
  document: 'doc', documentjob: 'job', job: 'job', experiment: 'exp', export: 'exp',
  import: 'imp', importjob: 'imp', invitation: 'inv', profile: 'prf', prompt: 'prm',
  systemprompt: 'prm', report: 'rep', reportrun: 'rpr', run: 'rpr', session: 'ses',
  toolserver: 'tsv', server: 'tsv', user: 'usr', member: 'usr', webhook: 'wh',
  webhookwithsecret: 'wh', delivery: 'evt', webhookdelivery: 'evt', event: 'evt',
  workflow: 'wfl', workflowexecution: 'wfx', execution: 'wfx', workspace: 'ws',
  myworkspace: 'ws', platformworkspace: 'ws', owner: 'usr', documentjobsummary: 'job',
  exportsummary: 'exp', searchhistoryentry: 'srh', accountdeletionjob: 'job',
  noderun: 'wnr', workflownoderun: 'wnr', approval: 'wfa', workflowapproval: 'wfa',
} // biome-ignore format: a lookup table reads better packed

/** Values for common field names that the type alone would turn into "string". */
const byName: Record<string, unknown> = {
  title: 'Q3 budget review',
  name: 'Research team',
  email: 'ada@example.com',
  content: 'What did we spend on travel in Q3?',
  text: 'Travel spend in Q3 was 12,400 EUR, 8% under budget [1].',
  query: 'travel budget Q3',
  description: 'Answers finance questions from the quarterly reports.',
  filename: 'q3-report.pdf',
  contentType: 'application/pdf',
  url: 'https://hooks.example.com/chatter',
  nextCursor: 'eyJrIjoiY252XzNrOXEyIn0',
  cursor: 'eyJrIjoiY252XzNrOXEyIn0',
  password: 'correct horse battery staple',
  currentPassword: 'correct horse battery staple',
  newPassword: 'a longer horse battery staple',
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfM2s5cTJtOHg3djZjNWI0bjFwMHoifQ.c2ln',
  refreshToken: 'rt_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH',
  secret: 'chk_live_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH',
  model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  role: 'member',
  tag: 'finance',
  provider: 'bedrock',
  modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  comment: 'Cited the right report.',
  prefix: 'chk_live_9fJ2',
  summary: 'Travel spend in Q3 was 8% under budget.',
  label: 'Finance',
  passageId: 'doc_3k9q2m8x7v6c5b4n1p0z:12',
  systemPrompt: 'You answer questions about company finances. Cite the reports you use.',
  template: 'Summarize {{document}} for {{audience}} in {{words}} words.',
  message: 'Approve the refund of 120 EUR?',
  reason: 'Duplicate charge confirmed by the customer.',
  key: 'tone',
  metric: 'thumbsUp',
  variant: 'concise',
  type: 'llm',
  nodeType: 'llm',
  nodeId: 'summarize',
  tool: 'get_weather',
  eventType: 'conversation.created',
  workflowName: 'Refund approval',
  workspaceName: 'Research team',
  modelName: 'Claude 3.5 Haiku',
  cron: '0 6 * * 1',
  timezone: 'Europe/Berlin',
  language: 'en',
  uploadId: 'upl_2~mZ8kQ0xV7bN3',
  etag: '"9b2cf535f27731c974343645a3985328"',
  executionArn:
    'arn:aws:states:us-east-1:123456789012:execution:chatter-workflows:wfx_3k9q2m8x7v6c5b4n1p0z',
  nextMessagesCursor: 'eyJrIjoibXNnXzAxamQ4azNtMnEifQ',
}

const timeFields = /(At|Start|End|^at|^from|^to|^start|^end|^since|^until)$/

const messageId = `msg_01jd8k3m2q${randomPart.slice(0, 12)}`

/** A realistic id for field `name` (`id`, `conversationId`, `documentIds`...) in `owner`. */
function idFor(name: string, owner: string | undefined): string | undefined {
  if (/^(created|updated|invited|deleted|started)By$/.test(name)) return `usr_${randomPart}`
  const entity = name === 'id' ? owner : name.replace(/Ids?$/, '')
  if (!entity || entity === name) return undefined
  const key = entity.toLowerCase()
  if (/message|leaf|parent/.test(key)) return messageId
  // `personalWorkspaceId` is a workspace id: the last word names the kind.
  const prefix =
    prefixes[key] ??
    prefixes[
      entity
        .split(/(?=[A-Z])/)
        .at(-1)
        ?.toLowerCase() ?? ''
    ]
  return prefix ? `${prefix}_${randomPart}` : undefined
}

/**
 * An example value for `schema` (resolving `$ref`s against `components`), or undefined when a
 * cycle or an unreadable schema stops it.
 * @example exampleOf({ $ref: '#/components/schemas/Conversation' }, doc.components.schemas)
 */
export function exampleOf(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  field?: string,
  owner?: string,
  depth = 0,
): unknown {
  if (!schema || depth > 12) return undefined
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop() ?? ''
    const target = components[name]
    // A named object's own `id` is of its kind (`Conversation`), whichever field holds it.
    return exampleOf(target, components, target?.properties ? undefined : field, name, depth + 1)
  }
  const id = field && [schema.type].flat().includes('string') ? idFor(field, owner) : undefined
  if (id) return id
  if (schema.example !== undefined) return schema.example
  if (schema.const !== undefined) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (schema.default !== undefined) return schema.default
  const branches = schema.anyOf ?? schema.oneOf
  if (Array.isArray(branches)) {
    const real = branches.find((branch: JsonSchema) => branch.type !== 'null') ?? branches[0]
    return exampleOf(real, components, field, owner, depth + 1)
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part: JsonSchema) =>
      exampleOf(part, components, field, owner, depth + 1),
    )
    return Object.assign({}, ...parts.filter((part: unknown) => typeof part === 'object'))
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((t: string) => t !== 'null')
    : schema.type
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      // Required fields, and optional ones worth showing (they carry their own example): all
      // of them would show states that never meet (an answer's `error` beside its content).
      const required = new Set<string>(schema.required ?? [])
      const shown = Object.entries<JsonSchema>(schema.properties ?? {}).filter(
        ([key, property]) => required.has(key) || property.example !== undefined,
      )
      // An inline object's own `id` is of its kind (`experiment.id`), not of the enclosing one.
      const kind = field ? field.replace(/s$/, '') : owner
      return Object.fromEntries(
        shown.map(([key, property]) => [
          key,
          exampleOf(property, components, key, kind, depth + 1),
        ]),
      )
    }
    case 'array': {
      const item = exampleOf(schema.items, components, field?.replace(/s$/, ''), owner, depth + 1)
      const itemId = field && idFor(field, owner)
      return [itemId && schema.items?.type === 'string' ? itemId : item]
    }
    case 'string':
      return stringExample(schema, field)
    case 'integer':
    case 'number':
      return schema.minimum ?? schema.exclusiveMinimum ?? (type === 'integer' ? 3 : 0.42)
    case 'boolean':
      return false
    case 'null':
      return null
    default:
      return undefined
  }
}

function stringExample(schema: JsonSchema, field: string | undefined): string {
  if (schema.format === 'date-time' || (field && timeFields.test(field))) return when
  if (schema.format === 'email') return 'ada@example.com'
  if (schema.format === 'uri' || schema.format === 'url') return 'https://example.com/'
  const named = field ? byName[field] : undefined
  return typeof named === 'string' ? named : (field ?? 'string')
}
