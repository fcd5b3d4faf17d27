import type { Command } from 'commander'
import { action, positiveInt } from '../action'
import { clientOf } from '../context'
import { UsageError } from '../errors'
import { printJson, renderTable, say, snippetAround } from '../output'

const modes = ['hybrid', 'vector', 'lexical'] as const
type Mode = (typeof modes)[number]

export function registerSearchCommand(program: Command): void {
  program
    .command('search <query>')
    .description("Search the workspace's documents")
    .option('--top-k <n>', 'how many hits (default 10)', positiveInt('--top-k'))
    .option('--mode <mode>', modes.join(' | '), 'hybrid')
    .option(
      '--tag <tag>',
      'only documents with this tag (repeatable)',
      (tag: string, tags: string[] = []) => [...tags, tag],
    )
    .action(
      action(async (context, query: string) => {
        const { topK, mode, tag, json } = context.options as {
          topK?: number
          mode: string
          tag?: string[]
          json?: boolean
        }
        if (!modes.includes(mode as Mode))
          throw new UsageError(`--mode must be one of ${modes.join(', ')}.`)
        const client = await clientOf(context)
        const result = await client.unwrap(
          client.api.POST('/v1/search', {
            body: {
              query,
              mode: mode as Mode,
              ...(topK ? { topK } : {}),
              ...(tag?.length ? { filter: { tags: tag } } : {}),
            },
          }),
        )
        if (json) return printJson(result)
        say(
          renderTable(
            ['document', 'page', 'score', 'snippet'],
            result.hits.map((hit) => [
              hit.filename,
              hit.page,
              hit.score.toFixed(2),
              snippetAround(hit.text, hit.highlights[0]?.start ?? 0, 70),
            ]),
            `No hits for "${query}".`,
          ),
        )
        say(`${result.hits.length} hits, ${result.mode}, ${result.tookMs} ms`)
      }),
    )
}
