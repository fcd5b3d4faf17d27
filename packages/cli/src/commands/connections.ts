import type { Command } from 'commander'
import { action } from '../action'
import { UsageError } from '../errors'
import { printJson, renderTable, say } from '../output'

export function registerConnectionCommands(program: Command): void {
  const connections = program
    .command('connections')
    .description('Saved connections: a server and a sign-in each')

  connections
    .command('list')
    .description('Every saved connection; * marks the current one')
    .action(
      action(async (context) => {
        const config = await context.store.read()
        const rows = Object.entries(config.connections).map(([name, saved]) => ({
          name,
          current: name === context.connection.name,
          url: saved.url,
          auth: saved.accessToken ? 'session' : saved.apiKey ? 'api key' : 'signed out',
          email: saved.email ?? null,
          workspaceId: saved.workspaceId ?? null,
        }))
        if (context.options.json) return printJson(rows)
        say(
          renderTable(
            ['', 'name', 'url', 'signed in', 'workspace'],
            rows.map((row) => [
              row.current ? '*' : '',
              row.name,
              row.url,
              row.auth === 'session' ? row.email : row.auth,
              row.workspaceId,
            ]),
            'No connections yet: run `chatter login`.',
          ),
        )
      }),
    )

  connections
    .command('use <name>')
    .description('Make a saved connection the current one')
    .action(
      action(async (context, name: string) => {
        await context.store.update((config) => {
          if (!config.connections[name])
            throw new UsageError(
              `No connection named "${name}": see \`chatter connections list\`, or \`chatter login --connection ${name}\`.`,
            )
          config.current = name
        })
        if (context.options.json) printJson({ current: name })
        else say(`Now using "${name}".`)
      }),
    )

  connections
    .command('remove <name>')
    .description(
      'Forget a saved connection (its session stays valid until it expires: `chatter logout` ends it)',
    )
    .action(
      action(async (context, name: string) => {
        await context.store.update((config) => {
          if (!config.connections[name]) throw new UsageError(`No connection named "${name}".`)
          delete config.connections[name]
          if (config.current === name) delete config.current
        })
        if (context.options.json) printJson({ removed: name })
        else say(`Removed "${name}".`)
      }),
    )
}
