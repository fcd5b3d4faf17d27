import type { Command } from 'commander'
import { action, commaList, take } from '../action'
import { clientOf } from '../context'
import { UsageError } from '../errors'
import { formatTime, note, printJson, printList, say } from '../output'

const scopes = ['read', 'write', 'admin'] as const
type Scope = (typeof scopes)[number]

export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('API keys of the workspace, for programs and CI')

  keys
    .command('list')
    .description('The workspace keys, newest first, revoked ones included')
    .action(
      action(async (context) => {
        const client = await clientOf(context)
        const items = await take(client.paginate('/v1/api-keys', { query: { limit: 100 } }))
        printList(
          context.options.json,
          items,
          ['id', 'name', 'prefix', 'scopes', 'created', 'last used', 'state'],
          (key) => [
            key.id,
            key.name,
            key.prefix,
            key.scopes.join(','),
            formatTime(key.createdAt),
            formatTime(key.lastUsedAt),
            key.revokedAt
              ? 'revoked'
              : key.expiresAt && key.expiresAt < new Date().toISOString()
                ? 'expired'
                : 'active',
          ],
        )
      }),
    )

  keys
    .command('create <name>')
    .description('Create a key; its secret is shown once')
    .option('--scopes <scopes>', `comma-separated: ${scopes.join(', ')}`, commaList)
    .option('--expires-at <time>', 'ISO date-time, at most 366 days away')
    .action(
      action(async (context, name: string) => {
        const chosen = (context.options.scopes as string[] | undefined) ?? ['read']
        const unknown = chosen.filter((scope) => !scopes.includes(scope as Scope))
        if (unknown.length > 0)
          throw new UsageError(`Unknown scope ${unknown.join(', ')}: use ${scopes.join(', ')}.`)
        const expiresAt = context.options.expiresAt as string | undefined
        const client = await clientOf(context)
        const key = await client.unwrap(
          client.api.POST('/v1/api-keys', {
            body: { name, scopes: chosen as Scope[], ...(expiresAt ? { expiresAt } : {}) },
          }),
        )
        if (context.options.json) return printJson(key)
        say(
          `Created key ${key.id} "${key.name}" (${key.scopes.join(', ')}) in workspace ${key.workspaceId}.`,
        )
        say('')
        say('Secret (shown only this once; store it now):')
        say(`  ${key.secret}`)
        say('')
        note(
          `Use it with: CHATTER_API_KEY=${key.prefix}... chatter whoami, or chatter login --api-key <secret>`,
        )
      }),
    )

  keys
    .command('revoke <id>')
    .description('Revoke a key: it stops working at once')
    .action(
      action(async (context, id: string) => {
        const client = await clientOf(context)
        await client.unwrap(client.api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } }))
        if (context.options.json) return printJson({ id, revoked: true })
        say(`Revoked key ${id}.`)
      }),
    )
}
