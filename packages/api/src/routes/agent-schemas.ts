import {
  type Agent,
  type AgentMetricsView,
  type AgentRouting,
  agentLimits,
  descriptionProblem,
  routingMessageLimit,
  systemPromptProblem,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { DisplayName, Id } from './access-schemas'

/**
 * Request and response schemas of `/v1/agents`. They check types and bounds with the core's own
 * rules, so both agree; the use cases check again what needs the workspace (the prompt
 * template, the profile, the tool names).
 */

const fromProblem =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value)
    if (message) ctx.addIssue({ code: 'custom', message })
  }

const Description = z
  .string()
  .max(agentLimits.descriptionLength * 4)
  .superRefine(fromProblem(descriptionProblem))
  .openapi({
    description: `1-${agentLimits.descriptionLength} characters: what the agent is for (routing matches messages against it)`,
    example: 'Answers questions about invoices, refunds and billing.',
  })

const SystemPrompt = z
  .string()
  .max(agentLimits.systemPromptLength * 2)
  .superRefine(fromProblem(systemPromptProblem))
  .openapi({
    description: `At most ${agentLimits.systemPromptLength} characters; ignored when promptId is set`,
  })

const PromptVariables = z
  .record(z.string().max(64), z.union([z.string().max(20_000), z.number(), z.boolean()]))
  .openapi({ description: 'Values of the template’s variables' })

// Bedrock's rule for a model-facing tool name.
const ToolName = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'Not a valid tool name.')

const Knowledge = z
  .object({
    enabled: z.boolean(),
    tags: z.array(z.string().max(256)).max(agentLimits.knowledgeValues).optional(),
    documentIds: z.array(Id).max(agentLimits.knowledgeValues).optional(),
    topK: z.number().int().min(1).max(agentLimits.topK).optional(),
  })
  .strict()
  .openapi('AgentKnowledge', {
    description:
      'Retrieval from the workspace’s documents: on or off; only documents carrying any of `tags` and (when given) among `documentIds`; topK passages (else the profile’s)',
  })

const settings = {
  name: DisplayName.openapi({ example: 'Billing helper' }),
  description: Description,
  systemPrompt: SystemPrompt,
  promptId: Id.openapi({
    description: 'A prompt template of the workspace, rendered as its system prompt',
  }),
  promptVariables: PromptVariables,
  profileId: Id.openapi({ description: 'A profile of the workspace; else the usual one' }),
  tools: z
    .array(ToolName)
    .max(agentLimits.tools)
    .openapi({
      description: 'Model-facing tool names it may call (built-ins and enabled MCP tools)',
      example: ['calculator', 'current_time'],
    }),
  knowledge: Knowledge,
}

export const NewAgentBody = z
  .object({
    name: settings.name,
    description: settings.description,
    systemPrompt: settings.systemPrompt.optional(),
    promptId: settings.promptId.optional(),
    promptVariables: settings.promptVariables.optional(),
    profileId: settings.profileId.optional(),
    tools: settings.tools.optional().openapi({ description: 'Default: none' }),
    knowledge: settings.knowledge.optional().openapi({ description: 'Default: no retrieval' }),
  })
  .openapi('NewAgent')

export const AgentPatchBody = z
  .object({
    name: settings.name,
    description: settings.description,
    systemPrompt: settings.systemPrompt,
    promptId: settings.promptId.nullable().openapi({ description: 'null: no template' }),
    promptVariables: settings.promptVariables.nullable(),
    profileId: settings.profileId.nullable().openapi({ description: 'null: the usual profile' }),
    tools: settings.tools,
    knowledge: settings.knowledge.nullable().openapi({ description: 'null: no retrieval' }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give at least one setting to change.')
  .openapi('AgentPatch')

export const RouteBody = z
  .object({
    message: z
      .string()
      .min(1)
      .max(routingMessageLimit)
      .openapi({ example: 'I was charged twice for my subscription' }),
  })
  .openapi('AgentRouteRequest')

export const AgentView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    description: z.string(),
    systemPrompt: z.string(),
    promptId: z.string().optional(),
    promptVariables: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional(),
    profileId: z.string().optional(),
    tools: z.array(z.string()),
    knowledge: Knowledge.optional(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Agent')

export const AgentMetricsViewSchema = z
  .object({
    agentId: z.string(),
    conversations: z.number().int(),
    messages: z.number().int().openapi({ description: 'Answers it gave' }),
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    toolCalls: z.number().int(),
    feedbackUp: z.number().int(),
    feedbackDown: z.number().int(),
    averageInputTokens: z.number().openapi({ description: 'Per answer' }),
    averageOutputTokens: z.number(),
    averageToolCalls: z.number(),
    satisfaction: z
      .number()
      .nullable()
      .openapi({ description: 'Share of thumbs up among ratings; null before any' }),
  })
  .openapi('AgentMetrics')

const Match = z.object({ agent: AgentView, score: z.number() })

export const AgentRoutingView = z
  .object({
    agent: AgentView.nullable().openapi({ description: 'null: the workspace has no agents' }),
    score: z.number().openapi({ description: '0-1, meaning and shared words combined' }),
    alternatives: z.array(Match).openapi({ description: 'Up to three runner-ups, best first' }),
  })
  .openapi('AgentRouting')

export const AgentDeletedView = z
  .object({ deleted: z.object({ agentId: z.string(), name: z.string() }) })
  .openapi('AgentDeleted')

/** An agent's public shape, its fields named one by one so nothing stored leaks by accident. */
export const agentView = (agent: Agent): z.infer<typeof AgentView> => ({
  id: agent.id,
  workspaceId: agent.workspaceId,
  name: agent.name,
  description: agent.description,
  systemPrompt: agent.systemPrompt,
  ...(agent.promptId ? { promptId: agent.promptId } : {}),
  ...(agent.promptVariables ? { promptVariables: { ...agent.promptVariables } } : {}),
  ...(agent.profileId ? { profileId: agent.profileId } : {}),
  tools: [...agent.tools],
  ...(agent.knowledge ? { knowledge: structuredClone(agent.knowledge) } : {}),
  createdBy: agent.createdBy,
  createdAt: agent.createdAt,
  updatedAt: agent.updatedAt,
})

export const metricsView = (metrics: AgentMetricsView): z.infer<typeof AgentMetricsViewSchema> => ({
  ...metrics,
})

export const routingView = (routing: AgentRouting): z.infer<typeof AgentRoutingView> => ({
  agent: routing.agent && agentView(routing.agent),
  score: routing.score,
  alternatives: routing.alternatives.map(({ agent, score }) => ({
    agent: agentView(agent),
    score,
  })),
})
