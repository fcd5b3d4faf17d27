import { demoAccount, demoWorkspaceName } from './content'
import { SeedLedger } from './ledger'
import { assertReachable, ensureWorkspace, signInDemoUser } from './seed-account'
import { ensureConversation } from './seed-conversation'
import { ensureDocuments } from './seed-documents'
import { ensureAgent, ensureProfiles, ensurePrompts } from './seed-library'
import { type SeedSummary, summarize } from './summary'

export { SeedError } from './seed-account'
export type { SeedSummary } from './summary'

export interface SeedOptions {
  /** The running server, e.g. `http://localhost:3000`. */
  baseUrl: string
  /** The demo account; default `demo@chatter.local` with the fixed local demo password. */
  email?: string
  password?: string
  /** Called with a line per step (`created: profile "Concise"`). */
  log?: (line: string) => void
}

/**
 * Fills a running server with demo data through the API, as any client would. Idempotent:
 * everything is found by name first (documents by filename, the conversation by title), so a
 * second run creates nothing and says what was already there.
 *
 * 1. Check the server answers (else `SeedError` saying to `npm start`).
 * 2. Register the demo user, or log in when it exists.
 * 3. The team workspace "Demo", found among the user's workspaces or created.
 * 4. In it: the profiles (the first the default), the prompt templates, the agent.
 * 5. The documents, uploaded and waited for until ingested, tagged `demo`.
 * 6. The welcome conversation with the agent, its first question answered.
 * @example
 * const summary = await seedDemo({ baseUrl: 'http://localhost:3000', log: console.error })
 * console.log(summary.email, summary.password, summary.workspaceId)
 */
export async function seedDemo(options: SeedOptions): Promise<SeedSummary> {
  const url = options.baseUrl.replace(/\/+$/, '')
  const account = {
    ...demoAccount,
    email: options.email ?? demoAccount.email,
    password: options.password ?? demoAccount.password,
  }
  const ledger = new SeedLedger(options.log)
  await assertReachable(url)
  const { chatter: user, userId } = await signInDemoUser(url, account, ledger)
  const workspaceId = await ensureWorkspace(user, demoWorkspaceName, ledger)
  const chatter = user.withWorkspace(workspaceId)
  await ensureProfiles(chatter, ledger)
  await ensurePrompts(chatter, ledger)
  const agentId = await ensureAgent(chatter, ledger)
  await ensureDocuments(chatter, ledger)
  const conversation = await ensureConversation(chatter, agentId, ledger)
  return summarize({
    url,
    email: account.email,
    password: account.password,
    userId,
    workspaceId,
    agentId,
    conversationId: conversation.id,
    ...(conversation.answer ? { answer: conversation.answer } : {}),
    items: ledger.items,
  })
}
