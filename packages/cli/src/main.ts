// The entry of `chatter`: runs the program and turns any failure into one line that says what
// to do, with exit code 1 (2 for wrong usage). Stack traces only with CHATTER_DEBUG=1.
import { CommanderError } from 'commander'
import { lastUrl } from './context'
import { describeError } from './errors'
import { createProgram } from './program'

async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv)
    return 0
  } catch (error) {
    // commander has printed its own message (unknown command, missing argument, --help).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    const { message, exitCode } = describeError(error, lastUrl)
    process.stderr.write(`Error: ${message}\n`)
    if (process.env.CHATTER_DEBUG === '1' && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return exitCode
  }
}

// Exit explicitly: idle keep-alive sockets or a paused stdin must not hold the process open.
process.exit(await main(process.argv))
