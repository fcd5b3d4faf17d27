import type { DependencyName, DependencyProbe } from '../ports/health'

export interface DependencyStatus {
  name: DependencyName
  status: 'ok' | 'down'
  latencyMs: number
  /** A short, secret-free reason when the dependency is down. */
  error?: string
}

export interface Readiness {
  status: 'ok' | 'degraded'
  checks: DependencyStatus[]
}

/**
 * Checks every dependency at once, each bounded by `timeoutMs`, and reports each by name.
 * A probe that throws or does not answer in time is `down`; its message is reduced to a
 * short reason so no endpoint or credential leaks.
 */
export async function checkReadiness(
  probes: readonly DependencyProbe[],
  { timeoutMs = 2_000 }: { timeoutMs?: number } = {},
): Promise<Readiness> {
  const checks = await Promise.all(probes.map((probe) => runProbe(probe, timeoutMs)))
  return { status: checks.every((check) => check.status === 'ok') ? 'ok' : 'degraded', checks }
}

async function runProbe(probe: DependencyProbe, timeoutMs: number): Promise<DependencyStatus> {
  const started = performance.now()
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new Error(`no answer within ${timeoutMs} ms`))
    }, timeoutMs)
  })
  try {
    await Promise.race([probe.check(controller.signal), timeout])
    return { name: probe.name, status: 'ok', latencyMs: elapsed(started) }
  } catch (error) {
    return { name: probe.name, status: 'down', latencyMs: elapsed(started), error: reason(error) }
  } finally {
    clearTimeout(timer)
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10

function reason(error: unknown): string {
  if (!(error instanceof Error)) return 'unavailable'
  const name = error.name && error.name !== 'Error' ? `${error.name}: ` : ''
  return `${name}${error.message}`.replace(/https?:\/\/\S+/g, '<endpoint>').slice(0, 200)
}
