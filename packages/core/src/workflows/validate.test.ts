import { describe, expect, it } from 'vitest'
import type { WorkflowDefinitionInput, WorkflowEdge } from './definition'
import type { WorkflowProblem } from './problems'
import { workflowTemplates } from './templates'
import { validateWorkflow, type WorkflowValidationContext, workflowInvalid } from './validate'

const context: WorkflowValidationContext = {
  tools: ['web_search'],
  profiles: new Set(['prof_1']),
  prompts: ['prm_1'],
  agents: async (id) => id === 'agt_1',
  documents: async (id) => id === 'doc_1',
  limits: { maxNodes: 10, maxIterations: 5, maxFanOut: 3, maxTimeoutSeconds: 3600 },
}

const llm = (id: string, extra: object = {}) => ({
  id,
  type: 'llm' as const,
  config: { prompt: `Step ${id}: {{ $.input.topic }}` },
  ...extra,
})
const chain = (...ids: string[]): WorkflowEdge[] =>
  ids.slice(1).map((to, i) => ({ from: ids[i] ?? '', to }))

const workflow = (
  nodes: WorkflowDefinitionInput['nodes'],
  edges: WorkflowEdge[] = [],
): WorkflowDefinitionInput => ({ name: 'Test', nodes, edges })

const rules = (problems: WorkflowProblem[]) => problems.map((problem) => problem.rule)

describe('validateWorkflow', () => {
  it('accepts every built-in template', async () => {
    for (const { id: _id, ...template } of workflowTemplates) {
      expect(await validateWorkflow(template, { ...context, tools: [] })).toEqual([])
    }
  })

  it('accepts a loop as the start node: the edge back from its body does not count', async () => {
    const definition = workflow(
      [{ id: 'again', type: 'loop', config: { body: 'work', maxIterations: 3 } }, llm('work')],
      [{ from: 'work', to: 'again' }],
    )
    expect(await validateWorkflow(definition, context)).toEqual([])
  })

  describe('schema layer', () => {
    it('maps config issues to nodes.<i>.config.<path>, naming the node', async () => {
      const problems = await validateWorkflow(
        workflow([
          { id: 'a', type: 'llm', config: { prompt: 'Hi {{ topic }}' } },
          { id: 'b', type: 'retrieval', config: { query: 'x', topK: 0 } },
          { id: 'c', type: 'llm', config: { prompt: 'p', promptId: 'prm_1' } },
        ]),
        context,
      )
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: 'nodes.0.config.prompt',
            rule: 'schema.config',
            nodeId: 'a',
          }),
          expect.objectContaining({
            path: 'nodes.1.config.topK',
            rule: 'schema.config',
            nodeId: 'b',
          }),
          expect.objectContaining({
            path: 'nodes.2.config.prompt',
            rule: 'schema.config',
            nodeId: 'c',
          }),
        ]),
      )
    })

    it('refuses unknown node types, bad ids, malformed edges and reserved ".$" keys', async () => {
      const problems = await validateWorkflow(
        {
          name: 'Test',
          nodes: [
            { id: 'a', type: 'teleport', config: {} },
            { id: 'b__c', type: 'wait', config: { seconds: 1 } },
            { id: 't', type: 'tool', config: { tool: 'web_search', arguments: { 'q.$': '$.x' } } },
          ],
          edges: [{ from: 'a' }],
        },
        context,
      )
      const paths = problems.map((problem) => problem.path)
      expect(paths).toEqual(
        expect.arrayContaining([
          'nodes.0.type',
          'nodes.1.id',
          'nodes.2.config.arguments',
          'edges.0.to',
        ]),
      )
      expect(rules(problems).every((rule) => rule.startsWith('schema.'))).toBe(true)
    })

    it('refuses a definition that is not an object, or has no nodes', async () => {
      expect(rules(await validateWorkflow('nope', context))).toEqual(['schema.type'])
      const empty = await validateWorkflow({ name: 'x', nodes: [] }, context)
      expect(empty.map((problem) => problem.path)).toEqual(['nodes'])
    })
  })

  describe('structure layer', () => {
    it('reports dangling edges with the edge, and unknown targets with the node', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            llm('a'),
            {
              id: 'route',
              type: 'condition',
              config: { rules: [{ path: '$.x', op: 'present', next: 'ghost' }], default: 'a' },
            },
          ],
          [{ from: 'route', to: 'nowhere' }],
        ),
        context,
      )
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: 'edges.0',
          rule: 'structure.danglingEdge',
          edge: { index: 0, from: 'route', to: 'nowhere' },
        }),
      )
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: 'nodes.1.config.rules.0.next',
          rule: 'structure.unknownTarget',
          nodeId: 'route',
        }),
      )
    })

    it('refuses duplicate ids, two ways on, and edges out of a condition', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            llm('a'),
            llm('b'),
            llm('b'),
            llm('c'),
            {
              id: 'route',
              type: 'condition',
              config: { rules: [{ path: '$.x', op: 'absent', next: 'b' }], default: 'c' },
            },
          ],
          [
            { from: 'a', to: 'route' },
            { from: 'route', to: 'c' },
            { from: 'b', to: 'c' },
            { from: 'b', to: 'a' },
          ],
        ),
        context,
      )
      expect(problems).toContainEqual(
        expect.objectContaining({ path: 'nodes.2.id', rule: 'structure.duplicateId', nodeId: 'b' }),
      )
      expect(problems).toContainEqual(
        expect.objectContaining({ rule: 'structure.multipleNext', nodeId: 'b' }),
      )
      expect(problems).toContainEqual(
        expect.objectContaining({
          rule: 'structure.conditionEdge',
          nodeId: 'route',
          edge: { index: 1, from: 'route', to: 'c' },
        }),
      )
    })

    it('wants exactly one start node', async () => {
      const two = await validateWorkflow(
        workflow([llm('a'), llm('b'), llm('c')], chain('a', 'c')),
        context,
      )
      expect(two).toContainEqual(
        expect.objectContaining({ path: 'nodes', rule: 'structure.start' }),
      )
      expect(two.find((p) => p.rule === 'structure.start')?.message).toContain('a, b')
    })

    it('reports nodes the start cannot reach, and cycles that do not go through a loop', async () => {
      const problems = await validateWorkflow(
        workflow(
          [llm('a'), llm('b'), llm('c'), llm('d')],
          [...chain('a', 'b'), ...chain('c', 'd', 'c')],
        ),
        context,
      )
      expect(problems).toContainEqual(
        expect.objectContaining({ rule: 'structure.unreachable', nodeId: 'c' }),
      )
      expect(problems).toContainEqual(
        expect.objectContaining({ rule: 'structure.unreachable', nodeId: 'd' }),
      )
      const cycle = problems.find((problem) => problem.rule === 'structure.cycle')
      expect(cycle?.message).toMatch(/c -> d|d -> c/)
    })

    it('refuses a loop whose body never returns to it', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            llm('a'),
            { id: 'again', type: 'loop', config: { body: 'b', maxIterations: 2 } },
            llm('b'),
          ],
          chain('a', 'again'),
        ),
        context,
      )
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: 'nodes.1.config.body',
          rule: 'structure.loopBody',
          nodeId: 'again',
        }),
      )
    })

    it('keeps parallel branches and the workflow apart', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            { id: 'fan', type: 'parallel', config: { branches: ['left', 'right'] } },
            llm('left'),
            llm('right'),
            llm('shared'),
          ],
          [...chain('left', 'shared'), ...chain('right', 'shared')],
        ),
        context,
      )
      expect(problems).toContainEqual(
        expect.objectContaining({ rule: 'structure.scope', nodeId: 'shared' }),
      )
    })
  })

  describe('security layer', () => {
    it('refuses tools the workspace does not allow', async () => {
      const problems = await validateWorkflow(
        workflow([{ id: 't', type: 'tool', config: { tool: 'shell_exec', arguments: {} } }]),
        context,
      )
      expect(problems).toEqual([
        expect.objectContaining({
          path: 'nodes.0.config.tool',
          rule: 'security.toolNotAllowed',
          nodeId: 't',
        }),
      ])
    })

    it('holds iterations, fan-out, timeouts and size to the limits', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            { id: 'fan', type: 'parallel', config: { branches: ['b1', 'b2', 'b3', 'b4'] } },
            llm('b1', { timeoutSeconds: 7200 }),
            llm('b2'),
            llm('b3'),
            {
              id: 'b4',
              type: 'map',
              config: { itemsPath: '$.input.items', iterator: 'each', maxConcurrency: 10 },
            },
            llm('each'),
            { id: 'again', type: 'loop', config: { body: 'work', maxIterations: 100 } },
            llm('work'),
            { id: 'nap', type: 'wait', config: { seconds: 86_400 } },
            { id: 'ok', type: 'approval', config: { message: 'ok?', timeoutSeconds: 86_400 } },
            llm('extra'),
          ],
          [...chain('fan', 'again', 'nap', 'ok', 'extra'), { from: 'work', to: 'again' }],
        ),
        context,
      )
      expect(rules(problems).sort()).toEqual(
        [
          'security.maxNodes',
          'security.maxFanOut',
          'security.maxFanOut',
          'security.maxTimeout',
          'security.maxIterations',
          'security.maxTimeout',
          'security.maxTimeout',
        ].sort(),
      )
      expect(problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([
          'nodes',
          'nodes.0.config.branches',
          'nodes.1.timeoutSeconds',
          'nodes.4.config.maxConcurrency',
          'nodes.6.config.maxIterations',
          'nodes.8.config.seconds',
          'nodes.9.config.timeoutSeconds',
        ]),
      )
    })

    it('calls webhooks over https only, and on public hosts when private ones are blocked', async () => {
      const hook = (id: string, url: string) => ({ id, type: 'webhook' as const, config: { url } })
      const definition = workflow(
        [
          hook('plain', 'http://hooks.example.com/a'),
          hook('inside', 'https://169.254.169.254/x'),
          hook('fine', 'https://hooks.example.com/b'),
        ],
        chain('plain', 'inside', 'fine'),
      )
      expect(await validateWorkflow(definition, context)).toEqual([
        expect.objectContaining({
          path: 'nodes.0.config.url',
          rule: 'security.webhookScheme',
          nodeId: 'plain',
        }),
      ])
      const blocked = await validateWorkflow(definition, { ...context, blockPrivateWebhooks: true })
      expect(rules(blocked)).toEqual(['security.webhookScheme', 'security.webhookPrivateHost'])
    })
  })

  describe('reference layer', () => {
    it('checks that profiles, prompts, agents and documents exist, through sets, lists or lookups', async () => {
      const problems = await validateWorkflow(
        workflow(
          [
            { id: 'a', type: 'llm', config: { promptId: 'prm_2', profileId: 'prof_2' } },
            { id: 'b', type: 'agent', config: { agentId: 'agt_2', message: 'hi' } },
            { id: 'c', type: 'agent', config: { agentId: '$.input.agent', message: 'hi' } },
            {
              id: 'd',
              type: 'retrieval',
              config: { query: 'q', filter: { documentIds: ['doc_1', 'doc_9'] } },
            },
            { id: 'e', type: 'llm', config: { promptId: 'prm_1', profileId: 'prof_1' } },
          ],
          chain('a', 'b', 'c', 'd', 'e'),
        ),
        context,
      )
      expect(problems).toEqual([
        expect.objectContaining({
          path: 'nodes.0.config.profileId',
          rule: 'reference.profile',
          nodeId: 'a',
        }),
        expect.objectContaining({
          path: 'nodes.0.config.promptId',
          rule: 'reference.prompt',
          nodeId: 'a',
        }),
        expect.objectContaining({
          path: 'nodes.1.config.agentId',
          rule: 'reference.agent',
          nodeId: 'b',
        }),
        expect.objectContaining({
          path: 'nodes.3.config.filter.documentIds.1',
          rule: 'reference.document',
          nodeId: 'd',
        }),
      ])
    })
  })

  it('returns the problems of every layer at once, ready for a 422', async () => {
    const problems = await validateWorkflow(
      workflow(
        [
          { id: 'a', type: 'llm', config: { promptId: 'missing' } },
          { id: 't', type: 'tool', config: { tool: 'shell_exec' } },
          { id: 'w', type: 'webhook', config: { url: 'http://example.com' } },
          { id: 'bad', type: 'llm', config: {} },
        ],
        chain('a', 't', 'w'),
      ),
      context,
    )
    expect(rules(problems)).toEqual([
      'schema.config',
      'security.toolNotAllowed',
      'security.webhookScheme',
      'reference.prompt',
    ])
    const error = workflowInvalid(problems)
    expect(error.status).toBe(422)
    expect(error.details?.errors).toHaveLength(4)
  })
})
