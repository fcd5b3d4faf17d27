import type { DependencyProbe } from '@chatter/core'
import { dependencyNames } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { okProbe, testApp } from '../test-support'

interface Readiness {
  status: string
  checks: { name: string; status: string; latencyMs: number; error?: string }[]
}

const readyz = async (probes: DependencyProbe[]) => {
  const response = await testApp({ probes }).request('/readyz')
  return { response, body: (await response.json()) as Readiness }
}

describe('GET /readyz', () => {
  it('reports every dependency by name with status and latency', async () => {
    const { response, body } = await readyz(dependencyNames.map(okProbe))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(body.status).toBe('ok')
    expect(body.checks.map((check) => check.name)).toEqual([...dependencyNames])
    for (const check of body.checks) {
      expect(check.status).toBe('ok')
      expect(check.latencyMs).toBeGreaterThanOrEqual(0)
    }
  })

  it('answers 503 naming the dependency that is down, without leaking its endpoint', async () => {
    const failing: DependencyProbe = {
      name: 'queue',
      check: async () => {
        throw new Error('connect ECONNREFUSED http://10.1.2.3:9324/queue/chatter-ingest')
      },
    }
    const { response, body } = await readyz([okProbe('dynamodb'), failing])
    expect(response.status).toBe(503)
    expect(body.status).toBe('degraded')
    const queue = body.checks.find((check) => check.name === 'queue')
    expect(queue?.status).toBe('down')
    expect(queue?.error).toContain('ECONNREFUSED')
    expect(queue?.error).not.toContain('10.1.2.3')
    expect(body.checks.find((check) => check.name === 'dynamodb')?.status).toBe('ok')
  })

  it('reports a dependency that never answers as down, in bounded time', async () => {
    const hanging: DependencyProbe = { name: 'model', check: () => new Promise(() => {}) }
    const started = Date.now()
    const { response, body } = await readyz([hanging])
    expect(response.status).toBe(503)
    expect(body.checks[0]?.error).toMatch(/no answer within/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
