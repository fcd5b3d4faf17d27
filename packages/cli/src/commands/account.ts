import type { Command } from 'commander'
import { action, positiveInt, take } from '../action'
import { clientOf } from '../context'
import { formatTime, printJson, printList, say } from '../output'

export function registerAccountCommands(program: Command): void {
  program
    .command('whoami')
    .description('Who the current connection signs in as, and where')
    .action(
      action(async (context) => {
        const client = await clientOf(context)
        const me = await client.unwrap(client.api.GET('/v1/me'))
        const { name, url, auth, workspaceId } = context.connection
        const workspace = workspaceId ?? me.apiKey?.workspaceId ?? me.personalWorkspaceId
        if (context.options.json)
          return printJson({
            ...me,
            connection: name,
            url,
            auth: auth.kind,
            workspaceId: workspace,
          })
        const current = me.workspaces.find((candidate) => candidate.id === workspace)
        say(
          `${me.user.email}${me.user.name ? ` (${me.user.name})` : ''}${me.systemAdmin ? ', platform admin' : ''}`,
        )
        say(
          `Connection "${name}" at ${url}, with ${auth.kind === 'apiKey' ? `API key ${me.apiKey?.id ?? ''}` : 'a session'}`,
        )
        say(`Workspace ${workspace}${current ? ` "${current.name}" (${current.role})` : ''}`)
      }),
    )

  program
    .command('users')
    .description('Users of the platform (platform admins)')
    .command('list')
    .description('Every user, oldest first')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 100)
    .action(
      action(async (context) => {
        const client = await clientOf(context)
        const users = await take(
          client.paginate('/v1/admin/users', { query: { limit: 100 } }),
          context.options.limit as number,
        )
        printList(
          context.options.json,
          users,
          ['id', 'email', 'name', 'role', 'disabled', 'created'],
          (user) => [
            user.id,
            user.email,
            user.name,
            user.role,
            user.disabled ? 'yes' : '',
            formatTime(user.createdAt),
          ],
        )
      }),
    )
}
