import {
  type AppDependencies,
  conversationOf,
  executionAwaitingApproval,
  indexDocument,
  profileIn,
  type TestUser,
} from '@chatter/api/testing'
import type { Workspace } from '@chatter/core'
import type { FakeMcpClient } from '@chatter/core/testing'
import { seedJobsAndReports } from './resources-more'

interface Seed {
  a: Workspace
  b: Workspace
  owner: TestUser
  viewer: TestUser
  other: TestUser
  now: number
}

export const addTool = {
  name: 'add',
  description: 'Adds',
  inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } },
}

/**
 * One resource of every kind in workspace A (made straight in the stores, as the permission
 * matrix does), and the ids the suite fills paths and bodies with. `spare` is a profile that is
 * not the default, so deleting it is allowed; `vconv` is the viewer's own conversation.
 */
export async function seedResources(deps: AppDependencies, seed: Seed) {
  const { a, b, owner, viewer, other, now } = seed
  // The default answers with the local model, so sending and regenerating messages really run.
  const prof = await profileIn(deps, a.id, { name: 'Default', provider: 'local', modelId: 'local' })
  const spare = await profileIn(deps, a.id, { name: 'Spare' })
  await profileIn(deps, b.id, { name: 'B profile' })
  const invitation = await deps.invitations.create({
    id: 'inv_pending',
    workspaceId: a.id,
    workspaceName: a.name,
    email: 'invitee@example.com',
    role: 'member',
    invitedBy: owner.user.id,
    expiresAt: new Date(now + 86_400_000).toISOString(),
  })
  const agent = await deps.agents.create({
    id: 'agt_a',
    workspaceId: a.id,
    name: 'Helper',
    description: 'Helps with anything.',
    systemPrompt: '',
    tools: [],
    createdBy: owner.user.id,
  })
  const prompt = await deps.prompts.create({
    id: 'prm_a',
    workspaceId: a.id,
    name: 'Facts',
    // The variables the document's examples use, all optional, so those examples render.
    template: 'Summarise {{text}} in {{words}} words about {{topic}}.',
    variables: ['text', 'words', 'topic'].map((name) => ({
      name,
      type: 'string' as const,
      required: false,
    })),
    tags: [],
    createdBy: owner.user.id,
  })
  const workflow = await executionAwaitingApproval(deps, a.id, owner.user.id, now)
  ;(deps.tools.mcp as FakeMcpClient).register('https://tools.example/mcp', [addTool])
  const tsv = await deps.tools.servers.create({
    id: 'tsv_a',
    workspaceId: a.id,
    name: 'Tools',
    url: 'https://tools.example/mcp',
    transport: 'streamable-http',
    headerNames: [],
    disabledTools: [],
    enabled: true,
    health: { status: 'unknown' },
    tools: [addTool],
    createdBy: owner.user.id,
  })
  const fixed = { questionId: 'msg_question', answerId: 'msg_answer' }
  const conv = await conversationOf(deps, owner, a.id, fixed)
  const vconv = await conversationOf(deps, viewer, a.id, { title: 'Viewer notes' })
  await conversationOf(deps, other, b.id, { title: 'B talk' })
  const doc = await indexDocument(deps.knowledge, a.id, {
    filename: 'manual.txt',
    texts: ['The blue heron nests by the pond.'],
    tags: ['manuals'],
  })
  const more = await seedJobsAndReports(deps, { a, b, owner, other, now, doc, spare: spare.id })
  return {
    prof: prof.id,
    spare: spare.id,
    inv: invitation.id,
    agent: agent.id,
    prm: prompt.id,
    wfl: workflow.id,
    wfx: 'wfx_a',
    tsv: tsv.id,
    tool: addTool.name,
    conv: conv.conversation.id,
    vconv: vconv.conversation.id,
    question: conv.question.id,
    answer: conv.answer.id,
    doc,
    passage: `${doc}:0`,
    tag: 'manuals',
    template: 'summarize-document',
    ...more,
  }
}
