import type { Command } from 'commander'
import { action, take } from '../action'
import { clientOf } from '../context'
import { UsageError } from '../errors'
import { formatTime, printJson, printList, say } from '../output'

export function registerWorkspaceCommands(program: Command): void {
  const workspaces = program.command('workspaces').description('Your workspaces and their members')

  workspaces
    .command('list')
    .description('The workspaces you belong to; * marks the one commands act in')
    .action(
      action(async (context) => {
        const client = await clientOf(context)
        const items = await take(client.paginate('/v1/workspaces', { query: { limit: 100 } }))
        const me = context.options.json ? undefined : await client.unwrap(client.api.GET('/v1/me'))
        const current = context.connection.workspaceId ?? me?.personalWorkspaceId
        printList(
          context.options.json,
          items,
          ['', 'id', 'name', 'role', 'joined'],
          (workspace) => [
            workspace.id === current ? '*' : '',
            workspace.id,
            workspace.name,
            workspace.role,
            formatTime(workspace.joinedAt),
          ],
        )
      }),
    )

  workspaces
    .command('create <name>')
    .description('Create a workspace (you own it)')
    .action(
      action(async (context, name: string) => {
        const client = await clientOf(context)
        const workspace = await client.unwrap(client.api.POST('/v1/workspaces', { body: { name } }))
        if (context.options.json) return printJson(workspace)
        say(
          `Created workspace ${workspace.id} "${workspace.name}". Switch to it: chatter workspaces use ${workspace.id}`,
        )
      }),
    )

  workspaces
    .command('use <id>')
    .description('Act in this workspace from now on (saved in the connection)')
    .action(
      action(async (context, id: string) => {
        const { name, stored } = context.connection
        if (!stored)
          throw new UsageError(
            `Connection "${name}" is not saved yet: run \`chatter login\` first.`,
          )
        const client = (await clientOf(context)).withWorkspace(id)
        const workspace = await client.unwrap(
          client.api.GET('/v1/workspaces/{id}', { params: { path: { id } } }),
        )
        await context.store.update((config) => {
          const saved = config.connections[name]
          if (saved) saved.workspaceId = workspace.id
        })
        if (context.options.json) return printJson(workspace)
        say(`Now acting in ${workspace.id} "${workspace.name}" (connection "${name}").`)
      }),
    )

  workspaces
    .command('members <id>')
    .description("A workspace's members and their roles")
    .action(
      action(async (context, id: string) => {
        const client = await clientOf(context)
        const members = await take(
          client.paginate('/v1/workspaces/{id}/members', { path: { id }, query: { limit: 100 } }),
        )
        printList(
          context.options.json,
          members,
          ['user', 'email', 'name', 'role', 'joined'],
          (member) => [
            member.userId,
            member.email,
            member.name,
            member.role,
            formatTime(member.joinedAt),
          ],
        )
      }),
    )
}
