import fc from 'fast-check'
import {
  type Field,
  fieldsOf,
  hostileValue,
  nested,
  oddStrings,
  withField,
  wrongTypeFor,
} from './hostile-values'
import { exampleBody, fillPath, type Operation } from './operations'
import type { World } from './world'

/** One request as sent, and whether it carried a broken credential (a 401 is then right). */
export interface HostileRequest {
  path: string
  method: string
  headers: Record<string, string>
  body?: string
  badCredential: boolean
}

const weighted = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>, oddWeight = 1) =>
  fc.oneof({ weight: 4, arbitrary: usual }, { weight: oddWeight, arbitrary: odd })

const encode = (text: string) => {
  try {
    return encodeURIComponent(text)
  } catch {
    return 'lone%ED%A0%80surrogate'
  }
}

// Sent as they are: broken percent-encoding, encoded slashes and dots, NULs.
const rawIds = ['..%2F..%2Fetc', 'a%2Fb', '%2E%2E', '%ZZ', '%', '%00', 'caf%C3%A9', '%E2%80%AE']
const oddId = fc.oneof(
  fc.constantFrom(...rawIds),
  fc.constantFrom(...oddStrings, 'x'.repeat(300), 'msg_answer', 'wfx_a').map(encode),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encode),
)

const rawQueryValues = ['%ZZ', '%00', '-1', '0', '101', '1e400', 'NaN', 'true', 'x'.repeat(3000)]
const query = (op: Operation) => {
  const names = op.query.map((p) => p.name)
  const key = names.length ? fc.oneof(fc.constantFrom(...names), fc.string()) : fc.string()
  const value = fc.oneof(
    fc.constantFrom(...rawQueryValues),
    fc.oneof(fc.constantFrom(...oddStrings), fc.string({ unit: 'grapheme' })).map(encode),
  )
  return fc
    .array(fc.tuple(key.map(encode), value), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''))
}

const oddCredential = (w: World) => {
  const token = w.headers.owner.Authorization ?? ''
  return fc.oneof(
    fc.constantFrom('', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `${token}x`, `${token} extra`),
    fc.constantFrom(`Bearer ${'a'.repeat(5000)}`, 'Bearer a.b.c', 'Bearer chk_live_nope'),
    fc.string().map((text) => `Bearer chk_${text}`),
  )
}

const headers = (w: World) =>
  fc.record(
    {
      'X-Workspace-Id': weighted(
        fc.constant(w.ids.A),
        fc.oneof(
          fc.constantFrom('', '../../x', w.ids.B, w.ids.ownerPersonal, 'x'.repeat(5000)),
          fc.string(),
        ),
      ),
      Authorization: weighted(fc.constant(w.headers.owner.Authorization ?? ''), oddCredential(w)),
      'Last-Event-ID': fc.oneof(
        fc.constantFrom('msg_answer:0', 'msg_answer:-1', '1e400', 'x'.repeat(9000)),
        fc.string(),
      ),
      Accept: fc.constantFrom(
        'text/event-stream',
        '*/*',
        'application/xml',
        'text/event-stream;q=0',
      ),
      'X-Request-Id': fc.oneof(fc.constantFrom('x'.repeat(300), '../..'), fc.string()),
      'X-Padding': fc.constant('x'.repeat(16_000)),
      'X-API-Key': fc.constantFrom('chk_nope', 'not-a-key', ''),
    },
    { requiredKeys: ['X-Workspace-Id', 'Authorization'] },
  )

const contentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/jsonx', 'APPLICATION/JSON'] // biome-ignore format: a list

/** A body for `op`: the example, mutated field by field, replaced, broken, or mislabelled. */
function body(op: Operation, w: World): fc.Arbitrary<{ text: string; type?: string } | undefined> {
  if (op.method === 'GET') return fc.constant(undefined)
  const example = exampleBody(op, w.ids)
  const json = (value: unknown) => ({ text: JSON.stringify(value), type: 'application/json' })
  const fields = op.body ? fieldsOf(op.body.schema) : []
  const field = fields.length
    ? fc.constantFrom(...fields)
    : fc.constant<Field>({ path: ['x'], types: new Set() })
  const text = JSON.stringify(example ?? {})
  return fc.oneof(
    { weight: op.body ? 2 : 4, arbitrary: fc.constant(op.body ? json(example) : undefined) },
    { weight: 3, arbitrary: field.chain((f) => wrongTypeFor(f).map((v) => json(withField(example, f.path, v)))) },
    { weight: 2, arbitrary: fc.tuple(field, hostileValue).map(([f, v]) => json(withField(example, f.path, v))) },
    { weight: 1, arbitrary: field.map((f) => json(withField(example, f.path, undefined, true))) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => ({ text: `{"${key}":{"isAdmin":true,"role":"owner"},${text.slice(1)}`.replace(',}', '}'), type: 'application/json' })) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 240 }).map((depth) => json(withField(example, ['deep'], nested(depth)))) },
    { weight: 1, arbitrary: fc.oneof(fc.nat(text.length).map((n) => text.slice(0, n)), fc.string(), fc.constantFrom('{"a":}', '\uFEFF{}', 'NaN', '[1,]', '{"a":1}{"b":2}')).map((t) => ({ text: t, type: 'application/json' })) },
    { weight: 1, arbitrary: fc.option(fc.constantFrom(...contentTypes), { nil: undefined }).map((type) => ({ text, ...(type ? { type } : {}) })) },
  ) // biome-ignore format: one kind of body per line
}

/** A request to `op` as the owner of A with its path, query, headers and body made hostile. */
export function hostileRequest(op: Operation, w: World): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      id: fc.option(oddId, { freq: 5, nil: undefined }),
      query: weighted(fc.constant(''), query(op), 2),
      headers: headers(w),
      body: body(op, w),
    })
    .map(({ id, query, headers, body }) => ({
      path: fillPath(op, w.ids, () => id) + query,
      method: op.method,
      headers: { ...headers, ...(body?.type ? { 'Content-Type': body.type } : {}) },
      ...(body ? { body: body.text } : {}),
      badCredential:
        headers.Authorization !== w.headers.owner.Authorization || 'X-API-Key' in headers,
    }))
}
