import { z } from 'zod'
import { searchFilterSchema, searchLimits } from '../search/search-filter'

// The config of each workflow node type, and the ids, JSONPaths and templates they are made of.

/** Node ids double as state names and JSONPath keys: letters, digits, single underscores. */
export const workflowNodeIdPattern = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/

/** A JSONPath into the execution state: `$`, `.key`, `[0]` and `['key']` steps only. */
export const workflowJsonPathPattern = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\['[^'\\]+'\])*$/

/** `{{ $.a.b }}` placeholders in a template. */
export const workflowTemplatePlaceholder = /\{\{\s*([^{}]*?)\s*\}\}/g

export const workflowNodeTypes = [
  'llm',
  'retrieval',
  'tool',
  'agent',
  'condition',
  'transform',
  'parallel',
  'map',
  'wait',
  'approval',
  'webhook',
  'loop',
] as const
export type WorkflowNodeType = (typeof workflowNodeTypes)[number]

/** Node types that run in the workflow-step function (a Task each); the rest are pure control flow. */
export const executableNodeTypes = [
  'llm',
  'retrieval',
  'tool',
  'agent',
  'transform',
  'approval',
  'webhook',
] as const satisfies readonly WorkflowNodeType[]

export const workflowNodeIdSchema = z
  .string()
  .max(64, 'A node id has at most 64 characters.')
  .regex(
    workflowNodeIdPattern,
    'Use letters, digits and single underscores, starting with a letter.',
  )

const nodeId = workflowNodeIdSchema

const jsonPath = z
  .string()
  .max(256)
  .regex(workflowJsonPathPattern, 'Not a JSONPath such as $.input.topic or $.nodes.search.hits[0].')

const template = (max = 20_000) =>
  z
    .string()
    .min(1)
    .max(max)
    .superRefine((text, ctx) => {
      for (const match of text.matchAll(workflowTemplatePlaceholder)) {
        const path = match[1] ?? ''
        if (!workflowJsonPathPattern.test(path)) {
          ctx.addIssue({
            code: 'custom',
            message: `Placeholder {{ ${path} }} is not a JSONPath such as {{ $.input.topic }}.`,
          })
        }
      }
    })

const identifier = z
  .string()
  .max(64)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Use letters, digits and underscores.')

/** Step Functions reads a Parameters key ending in `.$` as a path: user data must not have one. */
const hasPathKey = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasPathKey)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, inner]) => key.endsWith('.$') || hasPathKey(inner))
      : false

const positiveSeconds = z.number().int().min(1)

export const llmConfigSchema = z
  .strictObject({
    /** The prompt, a template. Give this or `promptId`. */
    prompt: template().optional(),
    /** A saved prompt template; its variables are filled from `variables`. */
    promptId: z.string().min(1).max(64).optional(),
    variables: z.record(identifier, template(2000)).optional(),
    /** The model profile; the workspace default when absent. */
    profileId: z.string().min(1).max(64).optional(),
    /** The key under `$.nodes.<id>` that holds the answer text. */
    output: identifier.default('text'),
    /** `json` asks for a JSON object and parses it into `output`. */
    format: z.enum(['text', 'json']).default('text'),
  })
  .refine((c) => (c.prompt === undefined) !== (c.promptId === undefined), {
    message: 'Give either prompt or promptId, not both.',
    path: ['prompt'],
  })

/** Output: `$.nodes.<id>.hits` (chunks with document ids and scores) and `.text` (cited passages). */
export const retrievalConfigSchema = z.strictObject({
  query: template(searchLimits.queryLength),
  topK: z.number().int().min(1).max(searchLimits.topK).optional(),
  filter: searchFilterSchema.optional(),
  /** A JSONPath to a document id or a list of them, known only at run time (`$.input.documentId`). */
  documentIdsFrom: jsonPath.optional(),
})

export const toolConfigSchema = z.strictObject({
  /** The model-facing tool name (`web_search`, `github__create_issue`). */
  tool: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'Not a tool name.'),
  /** Argument values; strings are templates. */
  arguments: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((args) => !hasPathKey(args), 'Keys ending in ".$" are reserved by Step Functions.'),
})

export const agentConfigSchema = z.strictObject({
  /** An agent id, or a JSONPath to one chosen at run time (checked when the node runs). */
  agentId: z.union([z.string().regex(/^[\w-]{1,64}$/, 'Not an agent id.'), jsonPath]),
  message: template(),
})

export const conditionOperators = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'matches',
  'present',
  'absent',
] as const
export type ConditionOperator = (typeof conditionOperators)[number]

const comparable = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])

const testShape = {
  path: jsonPath,
  op: z.enum(conditionOperators),
  value: comparable.optional(),
}

function checkTest(test: { op: ConditionOperator; value?: unknown }, ctx: z.RefinementCtx) {
  const needsValue = test.op !== 'present' && test.op !== 'absent'
  if (needsValue && test.value === undefined) {
    ctx.addIssue({ code: 'custom', message: `${test.op} needs a value.`, path: ['value'] })
  }
  if (!needsValue && test.value !== undefined) {
    ctx.addIssue({ code: 'custom', message: `${test.op} takes no value.`, path: ['value'] })
  }
  const ordered = ['gt', 'gte', 'lt', 'lte'].includes(test.op)
  if (ordered && typeof test.value !== 'string' && typeof test.value !== 'number') {
    const message = `${test.op} compares strings or numbers.`
    ctx.addIssue({ code: 'custom', message, path: ['value'] })
  }
  if (test.op === 'matches' && typeof test.value !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'matches takes a string pattern.', path: ['value'] })
  }
}

/**
 * `path op value`: `eq`/`ne` compare strings, numbers, booleans or null; `gt`..`lte` strings or
 * numbers; `matches` a string with `*` wildcards; `present`/`absent` take no value.
 */
export const conditionTestSchema = z.strictObject(testShape).superRefine(checkTest)
export type ConditionTest = z.infer<typeof conditionTestSchema>

/** A test and the node to go to when it holds. */
export const conditionRuleSchema = z
  .strictObject({ ...testShape, next: nodeId })
  .superRefine(checkTest)
export type ConditionRule = z.infer<typeof conditionRuleSchema>

export const conditionConfigSchema = z.strictObject({
  /** Tried in order; the first that holds decides. */
  rules: z.array(conditionRuleSchema).min(1).max(50),
  /** Where to go when no rule holds. */
  default: nodeId,
})

export const transformConfigSchema = z.strictObject({
  /** `$.nodes.<id>.<key>` becomes the value at a JSONPath (`$...`) or a rendered template. */
  set: z
    .record(identifier, z.string().min(1).max(20_000))
    .refine((set) => Object.keys(set).length > 0, 'Set at least one key.'),
})

export const parallelConfigSchema = z.strictObject({
  /** The start node of each branch; a branch is the subgraph reachable from its start. */
  branches: z.array(nodeId).min(2).max(50),
})

export const mapConfigSchema = z.strictObject({
  /** The list to iterate over. */
  itemsPath: jsonPath,
  /** The start node of the per-item subgraph; inside it `$.item` and `$.index` are the item. */
  iterator: nodeId,
  /** Items processed at once (1 = one after the other). */
  maxConcurrency: z.number().int().min(1).max(1000),
})

export const waitConfigSchema = z
  .strictObject({
    /** Seconds, or a JSONPath to a number of seconds. */
    seconds: z.union([positiveSeconds, jsonPath]).optional(),
    /** An ISO 8601 timestamp, or a JSONPath to one. */
    until: z.union([z.iso.datetime({ offset: true }), jsonPath]).optional(),
  })
  .refine((c) => (c.seconds === undefined) !== (c.until === undefined), {
    message: 'Give either seconds or until.',
    path: ['seconds'],
  })

export const approvalConfigSchema = z.strictObject({
  /** What the approver is asked, a template. */
  message: template(5000),
  timeoutSeconds: positiveSeconds,
})

export const webhookConfigSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2048),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
  /** The request body, a template (sent as JSON when it renders to JSON). */
  body: template(100_000).optional(),
  timeoutSeconds: z.number().int().min(1).max(900).default(30),
})

export const loopConfigSchema = z.strictObject({
  /** The first node of the loop body; the body leads back to this loop node by an edge. */
  body: nodeId,
  maxIterations: z.number().int().min(1),
  /** Leave the loop early when any of these holds (checked before each iteration). */
  until: z.array(conditionTestSchema).max(20).optional(),
})

/** The config schema of each node type. */
export const workflowNodeConfigSchemas = {
  llm: llmConfigSchema,
  retrieval: retrievalConfigSchema,
  tool: toolConfigSchema,
  agent: agentConfigSchema,
  condition: conditionConfigSchema,
  transform: transformConfigSchema,
  parallel: parallelConfigSchema,
  map: mapConfigSchema,
  wait: waitConfigSchema,
  approval: approvalConfigSchema,
  webhook: webhookConfigSchema,
  loop: loopConfigSchema,
} as const satisfies Record<WorkflowNodeType, z.ZodType>

export type WorkflowNodeConfig<T extends WorkflowNodeType> = z.infer<
  (typeof workflowNodeConfigSchemas)[T]
>
