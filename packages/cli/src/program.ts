import { Command } from 'commander'
import { registerAccountCommands } from './commands/account'
import { registerAnalyticsCommands } from './commands/analytics'
import { registerAuthCommands } from './commands/auth'
import { registerChatCommand } from './commands/chat'
import { registerConnectionCommands } from './commands/connections'
import { registerConversationCommands } from './commands/conversations'
import { registerDocumentCommands } from './commands/documents'
import { registerHealthCommand } from './commands/health'
import { registerKeyCommands } from './commands/keys'
import { registerReportCommands } from './commands/reports'
import { registerSearchCommand } from './commands/search'
import { registerSeedCommand } from './commands/seed'
import { registerWorkspaceCommands } from './commands/workspaces'

/**
 * The `chatter` program: global options, then one group of commands per file in commands/.
 * Global options are accepted before or after the subcommand (`chatter whoami --json`).
 */
export function createProgram(): Command {
  const program = new Command('chatter')
    .description(
      'The Chatter command line: sign in, manage workspaces and keys, upload documents, search, chat.',
    )
    .version('0.1.0')
    .option('--connection <name>', 'the saved connection to use (env CHATTER_CONNECTION)')
    .option('--url <url>', 'the server, e.g. http://localhost:3000 (env CHATTER_API_URL)')
    .option('--workspace <id>', 'the workspace to act in (env CHATTER_WORKSPACE_ID)')
    .option('--json', 'print machine-readable JSON on stdout')
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run `chatter --help` for usage)')
    .exitOverride()
  registerAuthCommands(program)
  registerConnectionCommands(program)
  registerAccountCommands(program)
  registerWorkspaceCommands(program)
  registerKeyCommands(program)
  registerDocumentCommands(program)
  registerSearchCommand(program)
  registerChatCommand(program)
  registerConversationCommands(program)
  registerAnalyticsCommands(program)
  registerReportCommands(program)
  registerHealthCommand(program)
  registerSeedCommand(program)
  return program
}
