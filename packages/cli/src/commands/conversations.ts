import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { action, positiveInt, take } from '../action'
import { clientOf } from '../context'
import { readConversation, toMarkdown } from '../conversation-export'
import { UsageError } from '../errors'
import { formatTime, printJson, printList, say } from '../output'

export function registerConversationCommands(program: Command): void {
  const conversations = program.command('conversations').description('Your conversations')

  conversations
    .command('list')
    .description('Your conversations, newest activity first')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 20)
    .action(
      action(async (context) => {
        const limit = context.options.limit as number
        const client = await clientOf(context)
        const items = await take(
          client.paginate('/v1/conversations', { query: { limit: Math.min(limit, 100) } }),
          limit,
        )
        printList(
          context.options.json,
          items,
          ['id', 'title', 'messages', 'last activity'],
          (conversation) => [
            conversation.id,
            conversation.title,
            conversation.messageCount,
            formatTime(conversation.lastActivityAt),
          ],
        )
      }),
    )

  conversations
    .command('export <id>')
    .description('A conversation with all its messages, as Markdown or JSON')
    .option('--format <format>', 'markdown | json (default markdown; json with --json)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      action(async (context, id: string) => {
        const { out, json } = context.options as { out?: string; json?: boolean }
        const format =
          (context.options.format as string | undefined) ?? (json ? 'json' : 'markdown')
        if (format !== 'markdown' && format !== 'json')
          throw new UsageError('--format must be markdown or json.')
        const client = await clientOf(context)
        const exported = await readConversation(client, id)
        const text =
          format === 'json' ? `${JSON.stringify(exported, null, 2)}\n` : toMarkdown(exported)
        if (!out) return void process.stdout.write(text)
        await writeFile(out, text)
        if (json) printJson({ id, format, out, messages: exported.messages.length })
        else say(`Saved ${exported.messages.length} messages to ${out}.`)
      }),
    )
}
