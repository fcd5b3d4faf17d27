import { type Command, InvalidArgumentError } from 'commander'
import { type Context, contextOf } from './context'

/**
 * A commander action that gets the command's context first, then its positional arguments.
 * @example program.command('get <id>').action(action(async (context, id: string) => { ... }))
 */
export function action<A extends unknown[]>(
  run: (context: Context, ...args: A) => Promise<void>,
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    // commander passes the positional arguments, then the options, then the command itself.
    const command = args.at(-1) as Command
    await run(await contextOf(command), ...(args.slice(0, -2) as A))
  }
}

/** A comma-separated option as a list: `--tags a,b` -> ['a', 'b']. */
export const commaList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
]

/** A positive whole number option, or a usage error naming the option. */
export const positiveInt =
  (flag: string) =>
  (value: string): number => {
    const number = Number(value)
    if (!Number.isInteger(number) || number < 1)
      throw new InvalidArgumentError(`${flag} must be a whole number of at least 1.`)
    return number
  }

/** The first `limit` items of an async iterator (all of them without a limit). */
export async function take<T>(
  items: AsyncIterable<T>,
  limit = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const taken: T[] = []
  if (limit <= 0) return taken
  for await (const item of items) {
    taken.push(item)
    if (taken.length >= limit) break
  }
  return taken
}
