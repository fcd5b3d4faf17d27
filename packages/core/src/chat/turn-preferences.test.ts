import { describe, expect, it } from 'vitest'
import { createConversation } from '../conversations/write-conversations'
import { InMemoryPreferences } from '../testing'
import { defaultToolSettings } from '../tool-servers/tool-services'
import { builtinTools } from '../tools/builtin'
import { answer } from './answer'
import { chatWorld, drain, endOf } from './chat-fixture'
import { regenerate } from './regenerate'
import { languageInstruction } from './turn-preferences'

/** The chat world with a preference store and the built-in tools; the owner saves `settings`. */
async function preferenceWorld(settings: Record<string, unknown> = {}) {
  const w = await chatWorld({ script: (request) => ({ text: `a${request.messages.length}` }) })
  const preferences = new InMemoryPreferences()
  w.ports.preferences = preferences
  if (Object.keys(settings).length > 0)
    await preferences.put(
      {
        userId: w.owner.id,
        streaming: true,
        toolsEnabled: true,
        ...settings,
        version: 1,
        updatedAt: w.now.toISOString(),
        updatedBy: w.owner.id,
      },
      0,
    )
  const all = builtinTools({ clock: () => w.now })(w.workspace.id)
  w.ports.tools = {
    catalog: { toolsFor: async () => all },
    calls: w.toolCalls,
    settings: { ...defaultToolSettings },
  }
  const ask = async (content: string, extra = {}) =>
    endOf(
      await drain(
        answer(w.ports, w.ownerActs, { conversationId: w.conversation.id, content, ...extra }),
      ),
    )
  return { ...w, preferences, ask }
}

describe("a user's preferences in their answers", () => {
  it('memoryWindow caps the earlier messages sent to the model', async () => {
    const w = await preferenceWorld({ memoryWindow: 2 })
    for (const n of [1, 2, 3]) await w.ask(`q${n}`)
    const contents = w.model.requests.map((request) => request.messages.map((m) => m.content))
    expect(contents[0]).toEqual(['q1'])
    expect(contents[1]).toEqual(['q1', 'a1', 'q2'])
    // Four earlier messages exist; only the last two (q2, its answer) go with q3.
    expect(contents[2]).toEqual(['q2', 'a3', 'q3'])
  })

  it('sends the whole history without a memoryWindow', async () => {
    const w = await preferenceWorld()
    for (const n of [1, 2, 3]) await w.ask(`q${n}`)
    expect(w.model.requests[2]?.messages).toHaveLength(5)
  })

  it('a window cutting before an answer starts the history with a user turn', async () => {
    const w = await preferenceWorld({ memoryWindow: 3 })
    for (const n of [1, 2, 3]) await w.ask(`q${n}`)
    // The three newest earlier messages are a1, q2, a3: a1 cannot lead, so q2 and a3 go.
    expect(w.model.requests[2]?.messages.map((m) => m.content)).toEqual(['q2', 'a3', 'q3'])
  })

  it('toolsEnabled: false offers the model no tools, even when the message asks for them', async () => {
    const on = await preferenceWorld()
    await on.ask('What time is it?', { tools: { enabled: true } })
    expect(on.model.requests[0]?.tools?.map((tool) => tool.name)).toContain('current_time')

    const off = await preferenceWorld({ toolsEnabled: false })
    await off.ask('What time is it?', { tools: { enabled: true } })
    expect(off.model.requests[0]?.tools ?? []).toEqual([])
  })

  it('language adds an instruction after the system prompt, also when answering again', async () => {
    const w = await preferenceWorld({ language: 'fr-CA' })
    await w.profile({ systemPrompt: 'Be brief.' })
    const first = await w.ask('Bonjour')
    expect(w.model.requests[0]?.system).toBe(`Be brief.\n\n${languageInstruction('fr-CA')}`)
    expect(languageInstruction('fr-CA')).toBe('Answer in fr-CA.')
    await drain(
      regenerate(w.ports, w.ownerActs, { conversationId: w.conversation.id, messageId: first.id }),
    )
    expect(w.model.requests[1]?.system).toBe('Be brief.\n\nAnswer in fr-CA.')
  })

  it("applies the caller's preferences only: another user's answers keep the defaults", async () => {
    const w = await preferenceWorld({ language: 'de' })
    const memberActs = await w.as(w.member)
    const theirs = await w.startConversation({ userId: w.member.id })
    await drain(answer(w.ports, memberActs, { conversationId: theirs.id, content: 'Hi' }))
    expect(w.model.requests[0]).not.toHaveProperty('system')
  })

  it('a new conversation without a profile starts with the preferred default profile', async () => {
    const w = await preferenceWorld()
    await w.profile({ name: 'Workspace default', modelId: 'model-default' })
    const preferred = await w.profile({ name: 'Mine', modelId: 'model-preferred' })
    await w.preferences.put(
      {
        userId: w.owner.id,
        streaming: true,
        toolsEnabled: true,
        defaultProfileId: preferred.id,
        version: 1,
        updatedAt: w.now.toISOString(),
        updatedBy: w.owner.id,
      },
      0,
    )
    const ports = { ...w, preferences: w.preferences }
    const conversation = await createConversation(ports, w.ownerActs, { title: 'Mine' })
    expect(conversation.profileId).toBe(preferred.id)
    await drain(answer(w.ports, w.ownerActs, { conversationId: conversation.id, content: 'Hi' }))
    expect(w.model.requests[0]?.modelId).toBe('model-preferred')

    // A profile named on creation wins; a preferred profile this workspace lacks is ignored.
    const chosen = await w.profile({ name: 'Chosen' })
    const named = await createConversation(ports, w.ownerActs, { profileId: chosen.id })
    expect(named.profileId).toBe(chosen.id)
    await w.profiles.delete(w.workspace.id, preferred.id)
    const without = await createConversation(ports, w.ownerActs, {})
    expect(without).not.toHaveProperty('profileId')
    await drain(answer(w.ports, w.ownerActs, { conversationId: without.id, content: 'Hi' }))
    expect(w.model.requests.at(-1)?.modelId).toBe('model-default')
  })
})
