import { DomainError, type VectorFilter, type VectorMetadata } from '@chatter/core'

/** A compiled filter: true when a record's metadata matches. */
export type MetadataPredicate = (metadata: VectorMetadata | undefined) => boolean

type Scalar = string | number | boolean
type Value = VectorMetadata[string] | undefined

const invalid = (message: string) =>
  new DomainError('request.invalid', `Invalid metadata filter: ${message}`)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value)

/** A list-of-strings value matches when any element does, as in Pinecone (and MongoDB). */
const some = (value: Value, test: (element: Scalar) => boolean) =>
  Array.isArray(value) ? value.some(test) : value !== undefined && test(value)

const comparisons = {
  $gt: (a: number, b: number) => a > b,
  $gte: (a: number, b: number) => a >= b,
  $lt: (a: number, b: number) => a < b,
  $lte: (a: number, b: number) => a <= b,
}

function operator(field: string, op: string, operand: unknown): (value: Value) => boolean {
  const where = `${field}.${op}`
  switch (op) {
    case '$eq':
    case '$ne': {
      if (!isScalar(operand)) throw invalid(`${where} needs a string, number or boolean`)
      const equal = (value: Value) => some(value, (element) => element === operand)
      // Negations also match records without the field, following MongoDB's semantics.
      return op === '$eq' ? equal : (value) => !equal(value)
    }
    case '$in':
    case '$nin': {
      const ok =
        Array.isArray(operand) && operand.every((v) => typeof v === 'string' || Number.isFinite(v))
      if (!ok) throw invalid(`${where} needs an array of strings or numbers`)
      const set = new Set<unknown>(operand)
      const within = (value: Value) => some(value, (element) => set.has(element))
      return op === '$in' ? within : (value) => !within(value)
    }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      if (!Number.isFinite(operand)) throw invalid(`${where} needs a number`)
      const compare = comparisons[op]
      return (value) => typeof value === 'number' && compare(value, operand as number)
    }
    case '$exists': {
      if (typeof operand !== 'boolean') throw invalid(`${where} needs true or false`)
      return (value) => (value !== undefined) === operand
    }
    default:
      throw invalid(`unknown operator ${op} on ${field}`)
  }
}

function field(name: string, condition: unknown): MetadataPredicate {
  // `{ genre: 'drama' }` is shorthand for `{ genre: { $eq: 'drama' } }`.
  const conditions = isObject(condition) ? Object.entries(condition) : [['$eq', condition] as const]
  if (conditions.length === 0) throw invalid(`${name} has an empty condition`)
  const tests = conditions.map(([op, operand]) => operator(name, op, operand))
  return (metadata) => {
    const value = metadata?.[name]
    return tests.every((test) => test(value))
  }
}

/**
 * Compiles a filter in Pinecone's dialect once, so a query tests each record cheaply: `$eq`,
 * `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$exists`, `$and`, `$or`, and
 * `{ field: value }`; several keys in one object must all match. A malformed filter is a
 * `request.invalid`, as Pinecone answers 400.
 * @example compileFilter({ documentId: { $in: ['d1', 'd2'] }, page: { $gte: 3 } })
 */
export function compileFilter(filter: VectorFilter): MetadataPredicate {
  if (!isObject(filter)) throw invalid('a filter must be an object')
  const clauses = Object.entries(filter).map(([key, value]): MetadataPredicate => {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) {
        throw invalid(`${key} needs a non-empty array of filters`)
      }
      const parts = value.map((part) => compileFilter(part as VectorFilter))
      return key === '$and'
        ? (metadata) => parts.every((part) => part(metadata))
        : (metadata) => parts.some((part) => part(metadata))
    }
    if (key.startsWith('$')) throw invalid(`unknown operator ${key}`)
    return field(key, value)
  })
  return (metadata) => clauses.every((clause) => clause(metadata))
}

/** Whether `metadata` matches `filter`; compile once with `compileFilter` when testing many. */
export const matchesFilter = (metadata: VectorMetadata | undefined, filter: VectorFilter) =>
  compileFilter(filter)(metadata)
