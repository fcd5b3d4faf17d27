import type { Schemas } from '@chatter/sdk'
import type { Command } from 'commander'
import { action } from '../action'
import type { Connection } from '../config-store'
import { defaultUrl } from '../connection'
import { anonymousClient, type Context, sessionFields } from '../context'
import { UsageError } from '../errors'
import { printJson, say } from '../output'
import { ask, readStdin } from '../prompt'

interface Credentials {
  email?: string
  password?: string
  passwordStdin?: boolean
  apiKey?: string
  name?: string
}

/** The server login and register talk to: --url, env, the saved profile, else localhost. */
const serverOf = (context: Context) =>
  context.options.url || process.env.CHATTER_API_URL
    ? context.connection.url
    : (context.connection.stored?.url ?? defaultUrl)

async function passwordOf(options: Credentials): Promise<string> {
  if (options.password && options.passwordStdin)
    throw new UsageError('Pass either --password or --password-stdin, not both.')
  if (options.password) return options.password
  if (options.passwordStdin) {
    const password = (await readStdin()).replace(/\r?\n$/, '')
    if (!password) throw new UsageError('--password-stdin read nothing.')
    return password
  }
  return ask('Password: ', '--password or --password-stdin', true)
}

/**
 * Checks the credential with GET /v1/me, then saves the profile (0600) and makes it current.
 * The workspace is the --workspace given, else the key's own, else the personal one.
 */
async function save(context: Context, fields: Connection): Promise<void> {
  const client = anonymousClient(fields.url)
  const me = await client.unwrap(
    client.api.GET('/v1/me', {
      headers: { authorization: `Bearer ${fields.accessToken ?? fields.apiKey}` },
    }),
  )
  const workspaceId = context.options.workspace ?? me.apiKey?.workspaceId ?? me.personalWorkspaceId
  const { name } = context.connection
  const connection: Connection = { ...fields, workspaceId, email: me.user.email }
  await context.store.update((config) => {
    config.connections[name] = connection
    config.current = name
  })
  if (context.options.json)
    printJson({ connection: name, url: fields.url, workspaceId, user: me.user })
  else
    say(
      `Signed in as ${me.user.email} at ${fields.url} (connection "${name}", workspace ${workspaceId}).`,
    )
}

async function signIn(
  context: Context,
  path: '/v1/auth/login' | '/v1/auth/register',
  options: Credentials,
) {
  const url = serverOf(context)
  const email = options.email ?? (await ask('Email: ', '--email'))
  const password = await passwordOf(options)
  const client = anonymousClient(url)
  const body = { email, password, ...(options.name ? { name: options.name } : {}) }
  const session: Schemas['AuthSession'] = await client.unwrap(client.api.POST(path, { body }))
  await save(context, { url, ...sessionFields(session) })
}

export function registerAuthCommands(program: Command): void {
  program
    .command('login')
    .description('Sign in (email and password, or an API key) and save the connection')
    .option('--email <email>', 'your email (asked on a terminal)')
    .option('--password <password>', 'your password (prefer --password-stdin or the prompt)')
    .option('--password-stdin', 'read the password from stdin')
    .option('--api-key <key>', 'sign in with an API key (chk_...) instead')
    .action(
      action(async (context) => {
        const options = context.options as Credentials
        if (options.apiKey) await save(context, { url: serverOf(context), apiKey: options.apiKey })
        else await signIn(context, '/v1/auth/login', options)
      }),
    )

  program
    .command('register')
    .description('Create an account, then sign in with it')
    .option('--email <email>', 'your email (asked on a terminal)')
    .option(
      '--password <password>',
      'at least 12 characters (prefer --password-stdin or the prompt)',
    )
    .option('--password-stdin', 'read the password from stdin')
    .option('--name <name>', 'your display name')
    .action(
      action((context) => signIn(context, '/v1/auth/register', context.options as Credentials)),
    )

  program
    .command('logout')
    .description('End the session on the server and forget the credentials of the connection')
    .action(
      action(async (context) => {
        const { name, url, stored, auth } = context.connection
        if (!stored?.accessToken && !stored?.apiKey)
          throw new UsageError(`Connection "${name}" is not signed in.`)
        if (auth.kind === 'session') {
          // An expired session is already over: forgetting it locally is all that is left.
          const response = await fetch(`${url}/v1/auth/logout`, {
            method: 'POST',
            headers: { authorization: `Bearer ${auth.token}` },
          })
          if (!response.ok && response.status !== 401)
            throw new Error(`The server refused to sign out (${response.status}).`)
        }
        await context.store.update((config) => {
          const saved = config.connections[name]
          if (saved)
            config.connections[name] = {
              url: saved.url,
              ...(saved.workspaceId ? { workspaceId: saved.workspaceId } : {}),
            }
        })
        if (context.options.json) printJson({ connection: name, signedOut: true })
        else say(`Signed out of "${name}" (${url}).`)
      }),
    )
}
