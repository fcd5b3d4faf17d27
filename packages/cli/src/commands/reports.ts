import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { action, take } from '../action'
import { clientOf } from '../context'
import { CliError, UsageError } from '../errors'
import { formatTime, printJson, printList, say } from '../output'

export function registerReportCommands(program: Command): void {
  const reports = program.command('reports').description('Scheduled usage reports')

  reports
    .command('list')
    .description("The workspace's reports")
    .action(
      action(async (context) => {
        const client = await clientOf(context)
        const items = await take(client.paginate('/v1/reports', { query: { limit: 100 } }))
        printList(
          context.options.json,
          items,
          ['id', 'name', 'period', 'format', 'schedule', 'enabled', 'updated'],
          (report) => [
            report.id,
            report.name,
            report.period,
            report.format,
            `${report.schedule.cron} (${report.schedule.timezone})`,
            report.enabled ? 'yes' : 'no',
            formatTime(report.updatedAt),
          ],
        )
      }),
    )

  reports
    .command('run <id>')
    .description(
      'Run a report now (the last full period, or the one holding --period-start) and save its file',
    )
    .option('--period-start <day>', 'a day of the period to cover, YYYY-MM-DD')
    .option('--out <file>', 'where to save the file (default: the name the server gives)')
    .action(
      action(async (context, id: string) => {
        const { periodStart, out, json } = context.options as {
          periodStart?: string
          out?: string
          json?: boolean
        }
        if (periodStart && !/^\d{4}-\d{2}-\d{2}$/.test(periodStart))
          throw new UsageError('--period-start must be a day, YYYY-MM-DD.')
        const client = await clientOf(context)
        const params = { path: { id } }
        const run = await client.unwrap(
          client.api.POST('/v1/reports/{id}/run', {
            params,
            body: periodStart ? { periodStart } : {},
          }),
        )
        if (!json)
          say(
            `Report run ${run.id}: ${run.status}, ${run.periodStart} to ${run.periodEnd}${run.error ? ` (${run.error})` : ''}`,
          )
        if (run.status !== 'succeeded' || !run.download) {
          if (json) printJson({ run })
          throw new CliError(`The report run ${run.status}${run.error ? `: ${run.error}` : ''}.`)
        }
        const { data, response } = await client.api.GET('/v1/reports/{id}/runs/{runId}/download', {
          params: { path: { id, runId: run.id } },
          parseAs: 'arrayBuffer',
        })
        if (!response.ok || !data)
          throw new CliError(`Could not download the report file (${response.status}).`)
        const name = /filename="([^"]+)"/.exec(
          response.headers.get('content-disposition') ?? '',
        )?.[1]
        const file = out ?? name ?? `${run.id}.report`
        await writeFile(file, new Uint8Array(data as ArrayBuffer))
        if (json) printJson({ run, file })
        else say(`Saved ${file}`)
      }),
    )
}
