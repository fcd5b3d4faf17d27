import { describe, expect, it } from 'vitest'
import type { Agent } from '../ports/agent-repository'
import { chatWorld } from './chat-fixture'
import { resolveModel } from './resolve-model'

/** The chat world with agents and prompt templates wired into the engine's ports. */
async function agentChatWorld() {
  const w = await chatWorld()
  const ports = { ...w.ports, agents: w.agents, prompts: w.prompts }
  const template = await w.prompts.create({
    id: 'prm_voice',
    workspaceId: w.workspace.id,
    name: 'Voice',
    template: 'You speak for {{company}} in a {{tone}} tone.',
    variables: [
      { name: 'company', type: 'string', required: true },
      { name: 'tone', type: 'string', required: false, default: 'calm' },
    ],
    tags: [],
    createdBy: w.owner.id,
  })
  const agent = (settings: Partial<Agent> = {}) =>
    w.agents.create({
      id: `agt_${Math.random().toString(36).slice(2)}`,
      workspaceId: w.workspace.id,
      name: 'Billing',
      description: 'Invoices and refunds.',
      systemPrompt: 'You are the billing agent.',
      tools: ['calculator', 'current_time'],
      createdBy: w.owner.id,
      ...settings,
    })
  // The conversation as the engine reads it (the store keeps agentId as given at creation).
  const conversationWith = async (agentId: string, profileId?: string) => ({
    ...(await w.startConversation(profileId ? { profileId } : {})),
    agentId,
  })
  return { ...w, ports, template, agent, conversationWith }
}

describe('resolveModel with an agent', () => {
  it('answers with the agent’s profile, prompt, tools and knowledge', async () => {
    const w = await agentChatWorld()
    await w.profile({ name: 'Default', modelId: 'default-model', systemPrompt: 'Default.' })
    const chosen = await w.profile({ name: 'Chosen', modelId: 'chosen-model' })
    const agentProfile = await w.profile({ name: 'Agent’s', modelId: 'agent-model', maxTokens: 77 })
    const knowledge = { enabled: true, tags: ['billing'], topK: 3 }
    const agent = await w.agent({ profileId: agentProfile.id, knowledge })
    const resolved = await resolveModel(w.ports, await w.conversationWith(agent.id, chosen.id))
    expect(resolved).toMatchObject({
      profileId: agentProfile.id,
      modelId: 'agent-model',
      maxTokens: 77,
      systemPrompt: 'You are the billing agent.',
      agentId: agent.id,
      tools: ['calculator', 'current_time'],
      knowledge,
    })
  })

  it('renders the agent’s template with its variables, counting a use', async () => {
    const w = await agentChatWorld()
    const agent = await w.agent({
      promptId: w.template.id,
      promptVariables: { company: 'Acme' },
    })
    const resolved = await resolveModel(w.ports, await w.conversationWith(agent.id))
    expect(resolved.systemPrompt).toBe('You speak for Acme in a calm tone.')
    expect((await w.prompts.get(w.workspace.id, w.template.id))?.uses).toBe(1)
  })

  it('falls back to the conversation’s or default profile, and to the profile’s prompt', async () => {
    const w = await agentChatWorld()
    const fallback = await w.profile({ name: 'Default', systemPrompt: 'Profile speaking.' })
    const agent = await w.agent({ systemPrompt: '', profileId: 'prf_deleted_since', tools: [] })
    const resolved = await resolveModel(w.ports, await w.conversationWith(agent.id))
    expect(resolved).toMatchObject({
      profileId: fallback.id,
      systemPrompt: 'Profile speaking.',
      agentId: agent.id,
      tools: [],
    })
    expect(resolved.knowledge).toBeUndefined()
  })

  it('uses the agent’s text when its template was deleted since', async () => {
    const w = await agentChatWorld()
    const agent = await w.agent({ promptId: w.template.id, promptVariables: { company: 'Acme' } })
    await w.prompts.delete(w.workspace.id, w.template.id)
    const resolved = await resolveModel(w.ports, await w.conversationWith(agent.id))
    expect(resolved.systemPrompt).toBe('You are the billing agent.')
  })

  it('is a 422 naming the agent when its template no longer renders', async () => {
    const w = await agentChatWorld()
    const agent = await w.agent({ promptId: w.template.id })
    await expect(resolveModel(w.ports, await w.conversationWith(agent.id))).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('agent "Billing"'),
      details: { errors: [{ path: 'agentId' }] },
    })
  })

  it('answers without the agent once it is deleted: no tools, no agent id', async () => {
    const w = await agentChatWorld()
    await w.profile({ name: 'Default', systemPrompt: 'Plain.' })
    const agent = await w.agent()
    const conversation = await w.conversationWith(agent.id)
    await w.agents.delete(w.workspace.id, agent.id)
    const resolved = await resolveModel(w.ports, conversation)
    expect(resolved.systemPrompt).toBe('Plain.')
    expect(resolved.agentId).toBeUndefined()
    expect(resolved.tools).toBeUndefined()
  })
})

describe('resolveModel with a profile template', () => {
  it('renders the profile’s systemPromptId in place of its text', async () => {
    const w = await agentChatWorld()
    await w.profile({
      systemPrompt: 'Ignored.',
      systemPromptId: w.template.id,
      systemPromptVariables: { company: 'Globex', tone: 'dry' },
    })
    const resolved = await resolveModel(w.ports, w.conversation)
    expect(resolved.systemPrompt).toBe('You speak for Globex in a dry tone.')
    expect(resolved.agentId).toBeUndefined()
    expect(resolved.tools).toBeUndefined()
  })

  it('keeps the profile’s text without the prompts port', async () => {
    const w = await agentChatWorld()
    await w.profile({ systemPrompt: 'Text.', systemPromptId: w.template.id })
    const { prompts: _, ...withoutPrompts } = w.ports
    expect((await resolveModel(withoutPrompts, w.conversation)).systemPrompt).toBe('Text.')
  })
})

describe('resolveModel with a conversation template', () => {
  /** A conversation of the owner's with the template and these variables. */
  async function withTemplate(
    w: Awaited<ReturnType<typeof agentChatWorld>>,
    variables: Record<string, string> | undefined,
    agentId?: string,
  ) {
    const conversation = await w.conversations.update(w.workspace.id, w.conversation.id, {
      systemPromptId: w.template.id,
      ...(variables ? { systemPromptVariables: variables } : {}),
    })
    return agentId ? { ...conversation, agentId } : conversation
  }

  it('renders it over the profile’s template and text, counting a use', async () => {
    const w = await agentChatWorld()
    const other = await w.prompts.create({
      id: 'prm_other',
      workspaceId: w.workspace.id,
      name: 'Other',
      template: 'The profile’s template.',
      variables: [],
      tags: [],
      createdBy: w.owner.id,
    })
    await w.profile({ systemPrompt: 'Profile text.', systemPromptId: other.id })
    const resolved = await resolveModel(w.ports, await withTemplate(w, { company: 'Initech' }))
    expect(resolved.systemPrompt).toBe('You speak for Initech in a calm tone.')
    expect((await w.prompts.get(w.workspace.id, w.template.id))?.uses).toBe(1)
    expect((await w.prompts.get(w.workspace.id, other.id))?.uses).toBe(0)
  })

  it('gives way to the agent’s text, and answers when the agent gives no prompt', async () => {
    const w = await agentChatWorld()
    await w.profile({ systemPrompt: 'Profile text.' })
    const speaking = await w.agent()
    const resolved = await resolveModel(
      w.ports,
      await withTemplate(w, { company: 'A' }, speaking.id),
    )
    expect(resolved.systemPrompt).toBe('You are the billing agent.')
    const silent = await w.agent({ systemPrompt: '' })
    const quiet = await resolveModel(w.ports, await withTemplate(w, { company: 'B' }, silent.id))
    expect(quiet).toMatchObject({
      systemPrompt: 'You speak for B in a calm tone.',
      agentId: silent.id,
    })
  })

  it('falls back to the profile’s prompt when its template was deleted since', async () => {
    const w = await agentChatWorld()
    await w.profile({ systemPrompt: 'Profile text.' })
    const conversation = await withTemplate(w, { company: 'Acme' })
    await w.prompts.delete(w.workspace.id, w.template.id)
    expect((await resolveModel(w.ports, conversation)).systemPrompt).toBe('Profile text.')
  })

  it('is a 422 naming the conversation when its template no longer renders', async () => {
    const w = await agentChatWorld()
    await w.profile({ systemPrompt: 'Profile text.' })
    await expect(resolveModel(w.ports, await withTemplate(w, undefined))).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('conversation "New conversation"'),
      details: { errors: [{ path: 'systemPromptId' }] },
    })
  })
})
