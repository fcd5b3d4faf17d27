import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import {
  apiKeyOf,
  bodyOf,
  join,
  profileIn,
  sharedWorkspace,
  signedInUser,
  snapshotStores,
} from './test-callers'
import { conversationOf } from './test-conversations'
import { testDependencies } from './test-support'

/**
 * Hostile input on the workspace, invitation, key, audit, profile and conversation routes, sent
 * by the owner (who may do everything), so only the input itself can be the reason for the
 * refusal: each answer is a problem+json 4xx and the stores are exactly as before.
 */
async function world() {
  const deps = testDependencies()
  const owner = await signedInUser(deps, { email: 'owner@example.com' })
  const team = await sharedWorkspace(deps, owner)
  const member = await signedInUser(deps)
  await join(deps, team, member, 'member')
  const { key } = await apiKeyOf(deps, owner, team.id, ['read'])
  const profile = await profileIn(deps, team.id, { fallbackModelIds: ['llama3.1:8b'] })
  const chat = await conversationOf(deps, owner, team.id)
  return { deps, app: createApp(deps), owner, team, member, key, profile, chat }
}
type World = Awaited<ReturnType<typeof world>>

interface Attempt {
  name: string
  method: string
  path: (w: World) => string
  /** A raw body (sent as is) or a value (sent as JSON). */
  body?: unknown
  headers?: Record<string, string>
  status: number
}

const ws = (w: World) => `/v1/workspaces/${w.team.id}`
const json = (body: unknown) => JSON.stringify(body)
const profiles = () => '/v1/profiles'
const prof = (w: World) => `/v1/profiles/${w.profile.id}`
const convs = () => '/v1/conversations'
const conv = (w: World) => `/v1/conversations/${w.chat.conversation.id}`
const feedback = (w: World) => `${conv(w)}/messages/${w.chat.answer.id}/feedback`
const forgedMessagesCursor = Buffer.from('m:msg_nope').toString('base64url')
/** A valid new profile with `changes`, as JSON. */
const newProfile = (changes: Record<string, unknown>) =>
  json({ name: 'P', provider: 'bedrock', modelId: 'amazon.nova-lite-v1:0', ...changes })

// biome-ignore format: one attempt per line reads as a table
const attempts: Attempt[] = [
  // Malformed and mistyped bodies
  { name: 'malformed JSON', method: 'POST', path: () => '/v1/workspaces', body: '{"name": ', status: 400 },
  { name: 'a JSON array', method: 'POST', path: () => '/v1/workspaces', body: '[]', status: 422 },
  { name: 'a number for a name', method: 'POST', path: () => '/v1/workspaces', body: json({ name: 42 }), status: 422 },
  { name: 'null for a name', method: 'PATCH', path: ws, body: json({ name: null }), status: 422 },
  { name: 'an object for a name', method: 'PATCH', path: ws, body: json({ name: { $ne: '' } }), status: 422 },
  { name: 'an empty JSON body', method: 'POST', path: () => '/v1/workspaces', status: 400 },
  { name: 'a form body', method: 'POST', path: () => '/v1/workspaces', body: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 415 },
  { name: 'an oversized body', method: 'POST', path: () => '/v1/workspaces', body: json({ name: 'x'.repeat(5000) }), status: 413 },
  // Oversized and unicode-odd names
  { name: 'a 101-character name', method: 'POST', path: () => '/v1/workspaces', body: json({ name: 'x'.repeat(101) }), status: 422 },
  { name: 'an RTL override in a name', method: 'POST', path: () => '/v1/workspaces', body: json({ name: 'invoice\u202Efdp.exe' }), status: 422 },
  { name: 'a zero-width space in a name', method: 'PATCH', path: ws, body: json({ name: 'Te\u200Bam' }), status: 422 },
  { name: 'a lone zero-width joiner', method: 'PATCH', path: ws, body: json({ name: '\u200D' }), status: 422 },
  { name: 'a NUL byte in a name', method: 'PATCH', path: ws, body: json({ name: 'Team\u0000' }), status: 422 },
  { name: 'a lone surrogate in a name', method: 'PATCH', path: ws, body: '{"name":"Team \\ud800"}', status: 422 },
  { name: 'invisible tag characters in a name', method: 'PATCH', path: ws, body: json({ name: 'Team\u{E0041}\u{E0042}' }), status: 422 },
  { name: 'a whitespace-only name', method: 'PATCH', path: ws, body: json({ name: ' \t\n ' }), status: 422 },
  // Emails, roles and scopes
  { name: 'a malformed email', method: 'POST', path: (w) => `${ws(w)}/invitations`, body: json({ email: 'not-an-email', role: 'member' }), status: 422 },
  { name: 'an email with an injection tail', method: 'POST', path: (w) => `${ws(w)}/invitations`, body: json({ email: "a@example.com' OR 1=1--", role: 'member' }), status: 422 },
  { name: 'an email with a bidi override', method: 'POST', path: (w) => `${ws(w)}/invitations`, body: json({ email: 'ad\u202Emin@example.com', role: 'member' }), status: 422 },
  { name: 'an email over 254 characters', method: 'POST', path: (w) => `${ws(w)}/invitations`, body: json({ email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`, role: 'member' }), status: 422 },
  { name: 'inviting an owner', method: 'POST', path: (w) => `${ws(w)}/invitations`, body: json({ email: 'x@example.com', role: 'owner' }), status: 422 },
  { name: 'a made-up role', method: 'PATCH', path: (w) => `${ws(w)}/members/${w.member.user.id}`, body: json({ role: 'superadmin' }), status: 422 },
  { name: 'making someone owner', method: 'PATCH', path: (w) => `${ws(w)}/members/${w.member.user.id}`, body: json({ role: 'owner' }), status: 422 },
  { name: 'a role as an array', method: 'PATCH', path: (w) => `${ws(w)}/members/${w.member.user.id}`, body: json({ role: ['admin'] }), status: 422 },
  { name: 'an unknown scope', method: 'POST', path: () => '/v1/api-keys', body: json({ name: 'k', scopes: ['root'] }), status: 422 },
  { name: 'no scopes', method: 'POST', path: () => '/v1/api-keys', body: json({ name: 'k', scopes: [] }), status: 422 },
  { name: 'a scope as a string', method: 'POST', path: () => '/v1/api-keys', body: json({ name: 'k', scopes: 'admin' }), status: 422 },
  { name: 'an expiry that is not a time', method: 'POST', path: () => '/v1/api-keys', body: json({ name: 'k', scopes: ['read'], expiresAt: 'tomorrow' }), status: 422 },
  { name: 'an expiry ten years away', method: 'POST', path: () => '/v1/api-keys', body: json({ name: 'k', scopes: ['read'], expiresAt: '2036-01-01T00:00:00Z' }), status: 422 },
  // Ids, headers and queries
  { name: 'a path-traversal id', method: 'DELETE', path: () => '/v1/api-keys/..%2F..%2Fetc%2Fpasswd', status: 422 },
  { name: 'an injection-looking workspace id', method: 'DELETE', path: () => "/v1/workspaces/ws_1'%20OR%20'1'='1", status: 404 },
  { name: 'an over-long id', method: 'DELETE', path: (w) => `${ws(w)}/members/${'u'.repeat(65)}`, status: 422 },
  { name: 'a hostile X-Workspace-Id', method: 'GET', path: () => '/v1/api-keys', headers: { 'X-Workspace-Id': '../../ws_x"; DROP' }, status: 404 },
  { name: 'a limit above 100', method: 'GET', path: (w) => `${ws(w)}/members?limit=101`, status: 422 },
  { name: 'a limit with an injection tail', method: 'GET', path: (w) => `${ws(w)}/members?limit=1;DROP`, status: 422 },
  { name: 'a forged cursor', method: 'GET', path: (w) => `${ws(w)}/members?cursor=LTE`, status: 422 },
  { name: 'an unknown audit action', method: 'GET', path: () => '/v1/audit-events?action=*', status: 422 },
  { name: 'an audit range backwards', method: 'GET', path: () => '/v1/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', status: 422 },
  // Profiles: numbers out of range or of the wrong type
  { name: 'a temperature above 1', method: 'POST', path: profiles, body: newProfile({ temperature: 1.5 }), status: 422 },
  { name: 'a negative topP', method: 'POST', path: profiles, body: newProfile({ topP: -0.1 }), status: 422 },
  { name: 'a temperature as a string', method: 'POST', path: profiles, body: newProfile({ temperature: '0.5' }), status: 422 },
  { name: 'maxTokens as a string', method: 'POST', path: profiles, body: newProfile({ maxTokens: '1024' }), status: 422 },
  { name: 'a fractional maxTokens', method: 'POST', path: profiles, body: newProfile({ maxTokens: 10.5 }), status: 422 },
  { name: 'zero maxTokens', method: 'PATCH', path: prof, body: json({ maxTokens: 0 }), status: 422 },
  { name: 'maxTokens past 200000', method: 'PATCH', path: prof, body: json({ maxTokens: 200_001 }), status: 422 },
  { name: 'a huge exponent for maxTokens', method: 'PATCH', path: prof, body: '{"maxTokens": 1e400}', status: 422 },
  { name: 'topK 51', method: 'POST', path: profiles, body: newProfile({ retrieval: { topK: 51 } }), status: 422 },
  { name: 'topK 0', method: 'PATCH', path: prof, body: json({ retrieval: { topK: 0 } }), status: 422 },
  { name: 'a minScore above 1', method: 'PATCH', path: prof, body: json({ retrieval: { minScore: 1.01 } }), status: 422 },
  { name: 'retrieval enabled as a string', method: 'PATCH', path: prof, body: json({ retrieval: { enabled: 'true' } }), status: 422 },
  { name: 'retrieval as an array', method: 'POST', path: profiles, body: newProfile({ retrieval: [true, 5] }), status: 422 },
  // Profiles: providers, models and fallbacks
  { name: 'no provider', method: 'POST', path: profiles, body: json({ name: 'P', modelId: 'm' }), status: 422 },
  { name: 'an unknown provider', method: 'POST', path: profiles, body: newProfile({ provider: 'skynet' }), status: 422 },
  { name: 'a model id with a space', method: 'POST', path: profiles, body: newProfile({ modelId: 'gpt 4' }), status: 422 },
  { name: 'a model id with a newline', method: 'PATCH', path: prof, body: json({ modelId: 'm\nX-Injected: 1' }), status: 422 },
  { name: 'duplicate fallbacks', method: 'POST', path: profiles, body: newProfile({ fallbackModelIds: ['a', 'a'] }), status: 422 },
  { name: 'six fallbacks', method: 'PATCH', path: prof, body: json({ fallbackModelIds: ['a', 'b', 'c', 'd', 'e', 'f'] }), status: 422 },
  { name: 'the model as its own fallback', method: 'POST', path: profiles, body: newProfile({ fallbackModelIds: ['amazon.nova-lite-v1:0'] }), status: 422 },
  { name: 'a new model that is already a fallback', method: 'PATCH', path: prof, body: json({ modelId: 'llama3.1:8b' }), status: 422 },
  { name: 'fallbacks as a string', method: 'PATCH', path: prof, body: json({ fallbackModelIds: 'a,b' }), status: 422 },
  // Profiles: prompts, names and odd patches
  { name: 'a system prompt over the body limit', method: 'POST', path: profiles, body: newProfile({ systemPrompt: 'x'.repeat(20_001) }), status: 413 },
  { name: 'a NUL in the system prompt', method: 'PATCH', path: prof, body: json({ systemPrompt: 'be nice\u0000' }), status: 422 },
  { name: 'hidden tag characters in the prompt', method: 'PATCH', path: prof, body: json({ systemPrompt: 'hi\u{E0069}\u{E0067}\u{E006E}' }), status: 422 },
  { name: 'a system prompt as an object', method: 'PATCH', path: prof, body: json({ systemPrompt: { $ne: '' } }), status: 422 },
  { name: 'an RTL override in a profile name', method: 'POST', path: profiles, body: newProfile({ name: 'gpt\u202Eexe.txt' }), status: 422 },
  { name: 'a zero-width space in a profile name', method: 'PATCH', path: prof, body: json({ name: 'Cl\u200Baude' }), status: 422 },
  { name: 'a lone surrogate in a profile name', method: 'PATCH', path: prof, body: '{"name":"Claude \\udc00"}', status: 422 },
  { name: 'a 101-character profile name', method: 'POST', path: profiles, body: newProfile({ name: '😀'.repeat(101) }), status: 422 },
  { name: 'a null profile name', method: 'PATCH', path: prof, body: json({ name: null }), status: 422 },
  { name: 'an empty patch', method: 'PATCH', path: prof, body: json({}), status: 422 },
  { name: 'a patch setting isDefault', method: 'PATCH', path: prof, body: json({ isDefault: true }), status: 422 },
  { name: 'a path-traversal profile id', method: 'GET', path: () => '/v1/profiles/..%2F..%2Fetc', status: 422 },
  { name: 'a forged profiles cursor', method: 'GET', path: () => '/v1/profiles?cursor=LTE', status: 422 },
  // Conversations: titles, patches and ids
  { name: 'a 201-character title', method: 'POST', path: convs, body: json({ title: 'x'.repeat(201) }), status: 422 },
  { name: 'an RTL override in a title', method: 'POST', path: convs, body: json({ title: 'notes\u202Etxt.exe' }), status: 422 },
  { name: 'a NUL in a title', method: 'PATCH', path: conv, body: json({ title: 'Trip\u0000' }), status: 422 },
  { name: 'a whitespace-only title', method: 'PATCH', path: conv, body: json({ title: ' \n\t ' }), status: 422 },
  { name: 'a title as a number', method: 'POST', path: convs, body: json({ title: 7 }), status: 422 },
  { name: 'a title as an object', method: 'PATCH', path: conv, body: json({ title: { $ne: '' } }), status: 422 },
  { name: 'archived as a string', method: 'PATCH', path: conv, body: json({ archived: 'yes' }), status: 422 },
  { name: 'an empty conversation patch', method: 'PATCH', path: conv, body: json({}), status: 422 },
  { name: 'a patch of the owner', method: 'PATCH', path: conv, body: json({ userId: 'usr_me' }), status: 422 },
  { name: 'a profile of no one', method: 'POST', path: convs, body: json({ profileId: 'prf_nobody' }), status: 422 },
  { name: 'a path-traversal profile in a body', method: 'PATCH', path: conv, body: json({ profileId: '../../prf' }), status: 422 },
  { name: 'a path-traversal conversation id', method: 'GET', path: () => '/v1/conversations/..%2F..%2Fetc', status: 422 },
  { name: 'an over-long message id', method: 'GET', path: (w) => `${conv(w)}/messages/${'m'.repeat(65)}`, status: 422 },
  // Conversations: queries and cursors
  { name: 'a search with a bell character', method: 'GET', path: () => '/v1/conversations?q=budget%07', status: 422 },
  { name: 'an empty search', method: 'GET', path: () => '/v1/conversations?q=', status: 422 },
  { name: 'archived=maybe', method: 'GET', path: () => '/v1/conversations?archived=maybe', status: 422 },
  { name: 'a forged conversations cursor', method: 'GET', path: () => '/v1/conversations?cursor=LTE', status: 422 },
  { name: '101 messages in a page', method: 'GET', path: (w) => `${conv(w)}?messages=101`, status: 422 },
  { name: 'a negative messages page', method: 'GET', path: (w) => `${conv(w)}?messages=-1`, status: 422 },
  { name: 'a forged messages cursor', method: 'GET', path: (w) => `${conv(w)}?messagesCursor=${forgedMessagesCursor}`, status: 422 },
  { name: 'a messages cursor that is not base64', method: 'GET', path: (w) => `${conv(w)}?messagesCursor=%E2%80%AE`, status: 422 },
  { name: 'a sideways order', method: 'GET', path: (w) => `${conv(w)}/messages?order=sideways`, status: 422 },
  { name: 'a forged messages list cursor', method: 'GET', path: (w) => `${conv(w)}/messages?cursor=LTE`, status: 422 },
  // Conversations: branches, forks and feedback
  { name: 'a fork without a message', method: 'POST', path: (w) => `${conv(w)}/fork`, body: json({}), status: 422 },
  { name: 'a fork of a message id array', method: 'POST', path: (w) => `${conv(w)}/fork`, body: json({ messageId: ['msg_1'] }), status: 422 },
  { name: 'a fork of an unknown message', method: 'POST', path: (w) => `${conv(w)}/fork`, body: json({ messageId: 'msg_nope' }), status: 404 },
  { name: 'an unknown branch to show', method: 'POST', path: (w) => `${conv(w)}/active-branch`, body: json({ messageId: 'msg_nope' }), status: 404 },
  { name: 'a rating of meh', method: 'PUT', path: feedback, body: json({ rating: 'meh' }), status: 422 },
  { name: 'a rating as a number', method: 'PUT', path: feedback, body: json({ rating: 1 }), status: 422 },
  { name: 'a NUL in a feedback comment', method: 'PUT', path: feedback, body: json({ rating: 'up', comment: 'ok\u0000' }), status: 422 },
  { name: 'hidden tag characters in a comment', method: 'PUT', path: feedback, body: json({ rating: 'up', comment: 'fine\u{E0041}' }), status: 422 },
  { name: 'a comment over the body limit', method: 'PUT', path: feedback, body: json({ rating: 'up', comment: 'x'.repeat(2001) }), status: 413 },
  { name: 'feedback on the question', method: 'PUT', path: (w) => `${conv(w)}/messages/${w.chat.question.id}/feedback`, body: json({ rating: 'up' }), status: 422 },
]

describe('hostile input', () => {
  it.each(attempts.map((attempt) => [attempt.name, attempt] as const))(
    '%s -> 4xx problem, nothing changed',
    async (_, attempt) => {
      const w = await world()
      const before = snapshotStores(w.deps)
      const response = await w.app.request(attempt.path(w), {
        method: attempt.method,
        headers: {
          ...w.owner.headers,
          'X-Workspace-Id': w.team.id,
          'Content-Type': 'application/json',
          ...attempt.headers,
        },
        ...(attempt.body === undefined ? {} : { body: attempt.body as string }),
      })
      expect(response.status, await response.clone().text()).toBe(attempt.status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(snapshotStores(w.deps)).toBe(before)
    },
  )

  it('stores injection-looking names verbatim, as inert data', async () => {
    const w = await world()
    for (const name of [
      "Robert'); DROP TABLE workspaces;--",
      '<script>alert(1)</script>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal log4shell-style probe
      '{{7*7}} ${jndi:ldap://x}',
    ]) {
      const response = await w.app.request('/v1/workspaces', {
        method: 'POST',
        headers: { ...w.owner.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name }),
      })
      expect(response.status).toBe(201)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect((await bodyOf(response)).name).toBe(name)
    }
  })

  it('keeps legitimate unicode and injection-looking text in profiles verbatim', async () => {
    const w = await world()
    const profile = {
      name: '👩‍💻 مساعد Café',
      provider: 'local',
      modelId: 'local',
      systemPrompt: "Answer in עברית or 日本語.\n\tRobert'); DROP TABLE profiles;-- {{7*7}}",
    }
    const response = await w.app.request('/v1/profiles', {
      method: 'POST',
      headers: {
        ...w.owner.headers,
        'X-Workspace-Id': w.team.id,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(profile),
    })
    expect(response.status).toBe(201)
    expect(await bodyOf(response)).toMatchObject({ ...profile, isDefault: false })
  })

  it('keeps unicode and injection-looking titles and comments verbatim, and finds them', async () => {
    const w = await world()
    const headers = {
      ...w.owner.headers,
      'X-Workspace-Id': w.team.id,
      'Content-Type': 'application/json',
    }
    const title = "👩‍💻 Café'); DROP TABLE conversations;-- {{7*7}}"
    const made = await w.app.request('/v1/conversations', {
      method: 'POST',
      headers,
      body: JSON.stringify({ title }),
    })
    expect(made.status).toBe(201)
    expect((await bodyOf(made)).title).toBe(title)
    const found = await w.app.request(`/v1/conversations?q=${encodeURIComponent('drop table')}`, {
      headers,
    })
    expect((await bodyOf(found)).items.map((c: { title: string }) => c.title)).toEqual([title])
    const comment = "שלום <script>alert(1)</script>\n' OR 1=1--"
    const rated = await w.app.request(feedback(w), {
      method: 'PUT',
      headers,
      body: JSON.stringify({ rating: 'up', comment }),
    })
    expect(rated.status).toBe(200)
    expect((await bodyOf(rated)).feedback.comment).toBe(comment)
  })

  it('ignores a __proto__ key rather than letting it pollute anything', async () => {
    const w = await world()
    const response = await w.app.request('/v1/workspaces', {
      method: 'POST',
      headers: { ...w.owner.headers, 'Content-Type': 'application/json' },
      body: '{"name":"Plain","__proto__":{"personal":true,"isAdmin":true}}',
    })
    expect(response.status).toBe(201)
    expect(await bodyOf(response)).toMatchObject({ name: 'Plain', personal: false })
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('reveals no stored key material in any answer', async () => {
    const w = await world()
    const stored = await w.deps.apiKeys.get(w.team.id, w.key.id)
    const listing = await w.app.request('/v1/api-keys', {
      headers: { ...w.owner.headers, 'X-Workspace-Id': w.team.id },
    })
    expect(await listing.text()).not.toContain(stored?.hash ?? 'missing')
  })
})
