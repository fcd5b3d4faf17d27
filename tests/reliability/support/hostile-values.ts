import fc from 'fast-check'
import { type Json, resolve } from './operations'

/** Strings that have broken parsers, loggers, key builders and renderers before. */
export const oddStrings = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  "ws_1' OR '1'='1",
  '{{7*7}}',
  '<script>alert(1)</script>',
  'invoice\u202Efdp.exe',
  'Te\u200Bam',
  '\uFEFF',
  '😀'.repeat(60),
  'x'.repeat(700),
  '\u{E0041}\u{E0042}',
  '9'.repeat(400),
  '-1',
  '1e400',
]

/** Any JSON value, including deeply nested and oversized ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom(...oddStrings),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom([], [null], {}, { $ne: '' }, { $gt: 0 }, [[[[[]]]]]),
  fc.integer({ min: 20, max: 400 }).map((depth) => nested(depth)),
  fc.jsonValue({ maxDepth: 3 }),
)

/** `[[[...]]]` or `{"a":{"a":...}}`, `depth` levels deep (still under the body limit). */
export function nested(depth: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value }
  return value
}

export const jsonTypeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** The JSON types a schema accepts (`integer` counts as number); empty when it says nothing. */
export function typesOf(schema: Json): Set<string> {
  const s = resolve(schema) ?? {}
  const types = new Set<string>()
  for (const t of [s.type ?? []].flat()) types.add(t === 'integer' ? 'number' : t)
  if (s.enum) for (const value of s.enum) types.add(jsonTypeOf(value))
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
    for (const t of typesOf(branch)) types.add(t)
  return types
}

/** Every property path of a body schema, two levels deep, with the types each accepts. */
export function fieldsOf(schema: Json, prefix: string[] = [], depth = 0): Field[] {
  const s = resolve(schema) ?? {}
  return Object.entries<Json>(s.properties ?? {}).flatMap(([name, property]) => {
    const path = [...prefix, name]
    const own = { path, types: typesOf(property) }
    return depth < 1 ? [own, ...fieldsOf(property, path, depth + 1)] : [own]
  })
}
export interface Field {
  path: string[]
  types: Set<string>
}

/** A value of a type the field does not accept (any value when the schema says nothing). */
export const wrongTypeFor = (field: Field) =>
  hostileValue.filter((value) => !field.types.has(jsonTypeOf(value)))

/** A copy of `body` with `path` set to `value` (or removed when `value` is `remove`). */
export function withField(body: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = JSON.parse(JSON.stringify(body ?? {}))
  let node = copy && typeof copy === 'object' ? copy : {}
  const root = node
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {}
    node = node[key]
  }
  const last = path.at(-1) ?? 'x'
  if (remove) delete node[last]
  else node[last] = value
  return root
}
