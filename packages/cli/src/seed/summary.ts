import type { SeedItem } from './ledger'

/** What `seedDemo` answers, and what `npm run seed -- --json` prints. */
export interface SeedSummary {
  url: string
  /** Sign in with these (web, CLI or `POST /v1/auth/login`). */
  email: string
  password: string
  userId: string
  workspaceId: string
  agentId: string
  conversationId: string
  /** The welcome question's answer when this run asked it. */
  answer?: string
  /** Everything the run made sure of, in order. */
  items: SeedItem[]
  /** Names of what this run created, and of what was already there. */
  created: string[]
  alreadyThere: string[]
  /** Shell commands to try next. */
  tryNext: string[]
}

const label = (item: SeedItem) => `${item.kind} "${item.name}"`

/** `3 profiles, 1 agent`: the items counted by kind, in the order they came. */
function countByKind(items: SeedItem[]): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  const parts = [...counts].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
  return parts.length ? parts.join(', ') : 'nothing'
}

// A custom password may hold anything: the printed commands must still paste as they are.
const quoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`

/** The summary's lists of names and commands, from what the run noted. */
export function summarize(
  base: Omit<SeedSummary, 'created' | 'alreadyThere' | 'tryNext'>,
): SeedSummary {
  const { url, email, password, workspaceId, conversationId } = base
  const auth = `-H "authorization: Bearer $TOKEN" -H 'x-workspace-id: ${workspaceId}'`
  const login = JSON.stringify({ email, password })
  return {
    ...base,
    created: base.items.filter((item) => item.created).map(label),
    alreadyThere: base.items.filter((item) => !item.created).map(label),
    tryNext: [
      `npx chatter login --url ${url} --email ${email} --password ${quoted(password)}`,
      `npx chatter workspaces use ${workspaceId}`,
      `npx chatter search "How do API keys work?"`,
      `npx chatter chat --conversation ${conversationId}`,
      `TOKEN=$(curl -s ${url}/v1/auth/login -H 'content-type: application/json' -d ${quoted(login)} | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')`,
      `curl -N ${url}/v1/conversations/${conversationId}/messages ${auth} -H 'accept: text/event-stream' -H 'content-type: application/json' -d '{"content":"What does the local model do?"}'`,
    ],
  }
}

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 3)}...` : text

/** The summary as a person reads it. */
export function formatSummary(summary: SeedSummary): string {
  return [
    `Demo data is ready on ${summary.url}`,
    '',
    `  sign in as   ${summary.email}`,
    `  password     ${summary.password}   (local demo only)`,
    `  workspace    Demo (${summary.workspaceId}): send X-Workspace-Id: ${summary.workspaceId}`,
    '',
    `  created        ${countByKind(summary.items.filter((item) => item.created))}`,
    `  already there  ${countByKind(summary.items.filter((item) => !item.created))}`,
    ...(summary.answer ? ['', `  first answer   ${shorten(summary.answer, 160)}`] : []),
    '',
    `Open ${summary.url.replace(/\/+$/, '')}/ in a browser, sign in, and pick "Demo" in the workspace menu.`,
    '',
    'Try:',
    ...summary.tryNext.map((command) => `  ${command}`),
  ].join('\n')
}
