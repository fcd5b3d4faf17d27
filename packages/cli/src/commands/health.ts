import type { Schemas } from '@chatter/sdk'
import type { Command } from 'commander'
import { action } from '../action'
import { lastUrl } from '../context'
import { CliError } from '../errors'
import { printJson, renderTable, say } from '../output'

export function registerHealthCommand(program: Command): void {
  program
    .command('health')
    .description(
      'Whether the server is up (/healthz) and ready (/readyz), dependency by dependency; exit 1 if not ready',
    )
    .action(
      action(async (context) => {
        const { url } = context.connection
        const live = await fetch(`${url}/healthz`)
        const ready = await fetch(`${url}/readyz`)
        const readiness = (await ready.json().catch(() => undefined)) as
          | Schemas['Readiness']
          | undefined
        const ok = live.ok && ready.ok && readiness?.status === 'ok'
        if (context.options.json)
          printJson({ url, live: live.ok, ready: ok, ...(readiness ? { readiness } : {}) })
        else {
          say(
            `${url}: ${live.ok ? 'up' : `not up (${live.status})`}, ${ok ? 'ready' : 'not ready'}`,
          )
          if (readiness)
            say(
              renderTable(
                ['dependency', 'status', 'latency ms', 'error'],
                readiness.checks.map((check) => [
                  check.name,
                  check.status,
                  check.latencyMs,
                  check.error,
                ]),
              ),
            )
        }
        if (!ok)
          throw new CliError(
            `${lastUrl} is not ready${
              readiness
                ? `: ${readiness.checks
                    .filter((c) => c.status !== 'ok')
                    .map((c) => c.name)
                    .join(', ')} down`
                : ''
            }.`,
          )
      }),
    )
}
