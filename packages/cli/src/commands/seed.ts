import type { Command } from 'commander'
import { action } from '../action'
import { note, printJson, say } from '../output'

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'Fill the server with demo data: a user, a workspace, profiles, prompts, an agent, documents (same as `npm run seed`)',
    )
    .option(
      '--email <email>',
      'the demo account (default demo@chatter.local; env CHATTER_SEED_EMAIL)',
    )
    .option('--password <password>', 'its password (env CHATTER_SEED_PASSWORD)')
    .action(
      action(async (context) => {
        const { email, password, json } = context.options as {
          email?: string
          password?: string
          json?: boolean
        }
        // Loaded on demand: the seed brings its demo content, which other commands never need.
        const { seedDemo } = await import('../seed/seed')
        const { formatSummary } = await import('../seed/summary')
        const summary = await seedDemo({
          baseUrl: context.connection.url,
          email: email ?? (process.env.CHATTER_SEED_EMAIL || undefined),
          password: password ?? (process.env.CHATTER_SEED_PASSWORD || undefined),
          ...(json ? {} : { log: note }),
        })
        if (json) printJson(summary)
        else say(formatSummary(summary))
      }),
    )
}
