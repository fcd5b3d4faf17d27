import { createInterface } from 'node:readline'
import type { ChatterClient } from '@chatter/sdk'
import type { Command } from 'commander'
import { action } from '../action'
import { streamAnswer } from '../answer'
import { clientOf } from '../context'
import { describeError, UsageError } from '../errors'
import { note, printJson, snippet } from '../output'
import { readStdin } from '../prompt'

interface ChatOptions {
  conversation?: string
  profile?: string
  agent?: string
  message?: string
  retrieval?: boolean
  tools?: boolean
  json?: boolean
}

const help = `Type a message and press Enter; the answer streams in.
  /new    start a new conversation
  /help   this help
  /exit   quit (or Ctrl-D; Ctrl-C stops an answer, a second Ctrl-C quits)`

const write = (text: string) => {
  process.stdout.write(text)
}

/** The conversation to post to: the one given or already started, else a new one titled by the message. */
async function conversationFor(client: ChatterClient, options: ChatOptions, content: string) {
  if (options.conversation) return options.conversation
  const created = await client.unwrap(
    client.api.POST('/v1/conversations', {
      body: {
        title: snippet(content, 60),
        ...(options.profile ? { profileId: options.profile } : {}),
        ...(options.agent ? { agentId: options.agent } : {}),
      },
    }),
  )
  options.conversation = created.id
  return created.id
}

const answerOptions = ({ retrieval, tools }: ChatOptions) => ({
  ...(retrieval === undefined ? {} : { retrieval }),
  ...(tools ? { tools } : {}),
})

/** `chat -m` (or a message piped on stdin): one answer, printed as it streams (or as JSON). */
async function oneShot(client: ChatterClient, options: ChatOptions, content: string) {
  const conversationId = await conversationFor(client, options, content)
  const answer = await streamAnswer(client, conversationId, content, {
    ...answerOptions(options),
    ...(options.json ? {} : { write }),
  })
  if (options.json) printJson(answer.message)
}

/** The REPL: a prompt, an answer streamed per line; Ctrl-C stops the answer, then quits. */
async function repl(client: ChatterClient, options: ChatOptions) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' })
  let answering: AbortController | undefined
  rl.on('SIGINT', () => {
    if (answering) answering.abort()
    else rl.close()
  })
  note(
    options.conversation
      ? `Continuing conversation ${options.conversation}. /help for help.`
      : 'New conversation. /help for help.',
  )
  rl.prompt()
  for await (const line of rl) {
    const text = line.trim()
    if (text === '/exit' || text === '/quit') break
    if (text === '/help') note(help)
    else if (text === '/new') {
      delete options.conversation
      note('(new conversation)')
    } else if (text.startsWith('/')) note(`Unknown command ${text}: /help lists them.`)
    else if (text) {
      answering = new AbortController()
      try {
        const conversationId = await conversationFor(client, options, text)
        await streamAnswer(client, conversationId, text, {
          ...answerOptions(options),
          signal: answering.signal,
          write,
        })
      } catch (error) {
        note(`Error: ${describeError(error, client.options.baseUrl).message}`)
      } finally {
        answering = undefined
      }
    }
    rl.prompt()
  }
  rl.close()
  if (options.conversation)
    note(
      `\nConversation ${options.conversation}: continue with chatter chat --conversation ${options.conversation}`,
    )
}

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('Chat with streamed answers (a REPL), or one answer with -m')
    .option('-m, --message <text>', 'ask once, print the answer and exit')
    .option('--conversation <id>', 'continue this conversation')
    .option('--profile <id>', 'the model profile of a new conversation')
    .option('--agent <id>', 'the agent of a new conversation')
    .option(
      '--retrieval',
      "search the workspace's documents and cite them (default: as the profile says)",
    )
    .option('--no-retrieval', 'do not search the documents')
    .option('--tools', "let the model call the workspace's tools")
    .action(
      action(async (context) => {
        const options = context.options as ChatOptions
        const client = await clientOf(context)
        if (options.message !== undefined) {
          if (!options.message.trim()) throw new UsageError('--message is empty.')
          return oneShot(client, options, options.message)
        }
        if (!process.stdin.isTTY) {
          const piped = (await readStdin()).trim()
          if (!piped)
            throw new UsageError(
              'Nothing to send: pass -m <text>, pipe a message, or run on a terminal.',
            )
          return oneShot(client, options, piped)
        }
        if (options.json) throw new UsageError('--json needs a single message: pass -m <text>.')
        await repl(client, options)
      }),
    )
}
