import type { Tool, ToolCatalog } from '../ports/tools'
import { HashingEmbedder } from '../testing'
import { team } from '../workspaces/team-fixture'

/** A tool the fake catalog offers: only its name matters to agents. */
const toolNamed = (name: string): Tool => ({
  name,
  description: `The ${name} tool`,
  inputSchema: { type: 'object' },
  source: { type: 'builtin' },
  call: async () => ({ content: '', isError: false }),
})

/**
 * The team of the workspace tests with what agents need besides the stores: a tool catalog
 * offering `calculator` and `current_time` (and, in the other workspace, `secret_tool`), the
 * hashing embedder, and a prompt template of the team's with one required variable.
 */
export async function agentWorld() {
  const t = await team()
  const catalog: ToolCatalog = {
    toolsFor: async (workspaceId) =>
      (workspaceId === t.workspace.id ? ['calculator', 'current_time'] : ['secret_tool']).map(
        toolNamed,
      ),
  }
  const ports = {
    ...t,
    tools: { catalog },
    knowledge: { embedder: new HashingEmbedder() },
  }
  const ownerActs = await t.as(t.owner)
  const template = await t.prompts.create({
    id: 'prm_support',
    workspaceId: t.workspace.id,
    name: 'Support voice',
    template: 'You help customers of {{company}}. Tone: {{tone}}.',
    variables: [
      { name: 'company', type: 'string', required: true },
      { name: 'tone', type: 'string', required: false, default: 'friendly' },
    ],
    tags: [],
    createdBy: t.owner.id,
  })
  return { ...t, ports, ownerActs, template }
}
