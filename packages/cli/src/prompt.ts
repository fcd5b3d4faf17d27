import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { UsageError } from './errors'

/** Whether the CLI may ask questions: stdin and stderr (where prompts go) are terminals. */
export const canPrompt = (): boolean => Boolean(process.stdin.isTTY && process.stderr.isTTY)

/**
 * Asks for a value on the terminal (prompts on stderr); `hidden` does not echo what is typed.
 * Without a terminal it fails with what to pass instead.
 */
export async function ask(question: string, flag: string, hidden = false): Promise<string> {
  if (!canPrompt()) throw new UsageError(`Missing ${flag} (no terminal to ask on).`)
  let muted = false
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk)
      done()
    },
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  try {
    const answer = rl.question(question)
    muted = hidden
    const value = (await answer).trim()
    if (hidden) process.stderr.write('\n')
    if (!value) throw new UsageError(`Missing ${flag}.`)
    return value
  } finally {
    rl.close()
  }
}

/** Everything on stdin, e.g. for `--password-stdin` or a piped chat message. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
