import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { DomainError, type FieldError } from '../errors'
import type { JsonSchema } from '../ports/tools'

// Tool schemas come from outside servers: unknown keywords and formats are tolerated, every
// error is reported, and nothing is logged.
const options = { allErrors: true, strict: false, validateFormats: false, logger: false } as const
const draft07 = new Ajv(options)
const draft2020 = new Ajv2020(options)

/** Compiled validators by schema text; tool schemas repeat, so each compiles once. */
const cache = new Map<string, ValidateFunction>()
const cacheLimit = 500

function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema)
  const cached = cache.get(key)
  if (cached) return cached
  const { $schema, ...rest } = schema
  const ajv = typeof $schema === 'string' && $schema.includes('2020-12') ? draft2020 : draft07
  let validate: ValidateFunction
  try {
    validate = ajv.compile(rest)
  } catch {
    // A schema ajv cannot compile checks nothing rather than blocking the tool.
    validate = Object.assign(() => true, { errors: null }) as unknown as ValidateFunction
  }
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
  cache.set(key, validate)
  return validate
}

/**
 * Checks tool arguments against the tool's input schema. Returns the problems with paths under
 * `prefix` (`json.arguments.city`), or an empty list when the arguments are valid.
 * @example toolArgumentErrors(tool.inputSchema, { a: 'x' }) // [{ path: 'json.arguments.a', ... }]
 */
export function toolArgumentErrors(
  schema: JsonSchema,
  args: unknown,
  prefix = 'json.arguments',
): FieldError[] {
  const validate = validatorFor(schema)
  if (validate(args)) return []
  return (validate.errors ?? []).map((error) => ({
    path: pathOf(prefix, error),
    message: error.message ?? 'is invalid',
  }))
}

/** Throws a 422 `request.invalid` naming every bad argument. */
export function assertToolArguments(schema: JsonSchema, args: unknown): void {
  const errors = toolArgumentErrors(schema, args)
  if (errors.length > 0)
    throw new DomainError('request.invalid', 'The arguments do not match the tool.', { errors })
}

/** One line a model can act on: `a: must be number; b: must have required property 'b'`. */
export function describeArgumentErrors(errors: readonly FieldError[]): string {
  return `Invalid arguments: ${errors
    .map(({ path, message }) => {
      const field = path.replace(/^json\.arguments\.?/, '')
      return field ? `${field}: ${message}` : message
    })
    .join('; ')}`
}

function pathOf(prefix: string, error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  const missing = (error.params as { missingProperty?: unknown }).missingProperty
  if (error.keyword === 'required' && typeof missing === 'string') segments.push(missing)
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty
  if (error.keyword === 'additionalProperties' && typeof extra === 'string') segments.push(extra)
  return [prefix, ...segments].join('.')
}
