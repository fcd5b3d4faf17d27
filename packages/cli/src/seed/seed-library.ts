import type { ChatterClient } from '@chatter/sdk'
import { demoAgent, demoProfiles, demoPrompts } from './content'
import type { SeedLedger } from './ledger'

/** The names already taken in a list route, with their ids. */
async function namesIn(
  chatter: ChatterClient,
  path: '/v1/profiles' | '/v1/prompts' | '/v1/agents',
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for await (const item of chatter.paginate(path, { query: { limit: 100 } }))
    if (!names.has(item.name)) names.set(item.name, item.id)
  return names
}

/**
 * The demo profiles, each created unless one of that name exists. The first is made the
 * default when this run created it (a default chosen since by hand is left alone).
 */
export async function ensureProfiles(chatter: ChatterClient, ledger: SeedLedger): Promise<void> {
  const existing = await namesIn(chatter, '/v1/profiles')
  for (const [index, profile] of demoProfiles.entries()) {
    const id = existing.get(profile.name)
    if (id) {
      ledger.note('profile', profile.name, id, false)
      continue
    }
    const created = await chatter.unwrap(chatter.api.POST('/v1/profiles', { body: profile }))
    ledger.note('profile', profile.name, created.id, true)
    if (index === 0 && !created.isDefault)
      await chatter.unwrap(
        chatter.api.POST('/v1/profiles/{id}/default', { params: { path: { id: created.id } } }),
      )
  }
}

/** The demo prompt templates, each created unless one of that name exists. */
export async function ensurePrompts(chatter: ChatterClient, ledger: SeedLedger): Promise<void> {
  const existing = await namesIn(chatter, '/v1/prompts')
  for (const prompt of demoPrompts) {
    const id = existing.get(prompt.name)
    if (id) ledger.note('prompt', prompt.name, id, false)
    else {
      const created = await chatter.unwrap(chatter.api.POST('/v1/prompts', { body: prompt }))
      ledger.note('prompt', prompt.name, created.id, true)
    }
  }
}

/** The demo agent (on its profile, searching the demo documents), unless one of that name exists. */
export async function ensureAgent(chatter: ChatterClient, ledger: SeedLedger): Promise<string> {
  const { profileName, ...agent } = demoAgent
  const id = (await namesIn(chatter, '/v1/agents')).get(agent.name)
  if (id) return ledger.note('agent', agent.name, id, false)
  const profileId = ledger.idOf('profile', profileName)
  const created = await chatter.unwrap(
    chatter.api.POST('/v1/agents', { body: { ...agent, ...(profileId ? { profileId } : {}) } }),
  )
  return ledger.note('agent', agent.name, created.id, true)
}
