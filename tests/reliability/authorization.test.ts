import { snapshotStores } from '@chatter/api/testing'
import { describe, expect, it } from 'vitest'
import {
  credentialsIgnored,
  notWorkspaceScoped,
  readKeyMayWrite,
  refusalsThatRecord,
  viewerMayWrite,
} from './support/exceptions'
import { exampleBody, fillPath, type Operation, operations } from './support/operations'
import { type Caller, reliabilityWorld, type World } from './support/world'

/**
 * The authorization matrix over every operation of the OpenAPI document (enumerated, not
 * listed): each is called with its documented example body, paths and bodies naming real ids
 * of workspace A, `X-Workspace-Id: A`, by every kind of caller that must not get through. A
 * refusal is a problem+json 4xx that changes nothing in the stores; the few operations that
 * let a caller through are in ./support/exceptions, each with its reason.
 */
const isWrite = (op: Operation) => op.method !== 'GET'
const ok = (status: number) => status >= 200 && status < 300

async function call(w: World, op: Operation, caller: Caller) {
  const body = op.body === undefined ? undefined : JSON.stringify(exampleBody(op, w.ids))
  const before = snapshotStores(w.deps)
  const response = await w.app.request(fillPath(op, w.ids), {
    method: op.method,
    headers: {
      ...w.headers[caller],
      'X-Workspace-Id': w.ids.A,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  })
  const text = await response.text()
  const why = `${op.name} as ${caller}: ${response.status} ${text.slice(0, 300)}`
  expect(response.status, why).toBeLessThan(500)
  if (response.status >= 400) {
    expect(response.headers.get('content-type'), why).toBe('application/problem+json')
    const changed = snapshotStores(w.deps) !== before
    // A listed refusal may leave its trace (the password route: only a person's wrong guess).
    if (refusalsThatRecord[op.name]?.status !== response.status)
      expect(changed, `${why}\nchanged the stores`).toBe(false)
  }
  return { status: response.status, why }
}

describe('the authorization matrix over every operation', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(150)
    const names = new Set(operations.map((op) => op.name))
    for (const table of [viewerMayWrite, readKeyMayWrite, notWorkspaceScoped, credentialsIgnored])
      for (const name of Object.keys(table)) expect(names, name).toContain(name)
  })

  // One world per operation; the callers that must be refused go first, so they see it intact.
  it.each(operations.map((op) => [op.name, op] as const))('%s', async (_, op) => {
    const w = await reliabilityWorld()
    const anonymous = await call(w, op, 'anonymous')
    if (!op.isPublic) expect(anonymous.status, anonymous.why).toBe(401)
    for (const caller of ['revokedKey', 'expiredKey', 'expiredToken'] as const) {
      const refused = await call(w, op, caller)
      if (op.name in credentialsIgnored) expect(refused.status, refused.why).toBeLessThan(400)
      else expect(refused.status, refused.why).toBe(401)
    }
    const other = await call(w, op, 'other')
    if (op.name in notWorkspaceScoped) expect(ok(other.status), other.why).toBe(true)
    else if (!op.isPublic) expect([403, 404], other.why).toContain(other.status)
    if (isWrite(op) && !op.isPublic) {
      const key = await call(w, op, 'readKey')
      expect(ok(key.status), key.why).toBe(op.name in readKeyMayWrite)
      const viewer = await call(w, op, 'viewer')
      expect(ok(viewer.status), viewer.why).toBe(op.name in viewerMayWrite)
    }
  })
})
