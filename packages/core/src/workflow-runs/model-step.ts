import { isDomainError } from '../errors'
import type { ChatRequest, ContextPassage, TokenUsage } from '../ports/chat-model'
import { renderStoredPrompt } from '../prompts/render'
import type { WorkflowNodeConfig } from '../workflows/node-configs'
import { workflowJsonPathPattern } from '../workflows/node-configs'
import { retrieve } from './retrieval-step'
import { parseJsonText, readStatePath, renderStateTemplate } from './state-paths'
import { transient, WorkflowStepError } from './step-errors'
import type { WorkflowStepContext, WorkflowStepPorts } from './workflow-step-ports'

/** Token counts of one model call, and the model that answered. */
export interface WorkflowStepUsage extends TokenUsage {
  provider: string
  modelId: string
}

/**
 * An `llm` node: the prompt (inline template, or a saved prompt with rendered variables) sent
 * to the node's profile, else the workspace's default profile, else the runtime's default
 * model. Output: `{ [output]: text, usage }`, the text parsed as a JSON object for `json`.
 */
export async function runLlmStep(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'llm'>,
  context: WorkflowStepContext,
) {
  const prompt =
    config.prompt !== undefined
      ? renderStateTemplate(config.prompt, context.state)
      : await savedPrompt(ports, config, context)
  const { text, usage } = await ask(ports, context, {
    profileId: config.profileId,
    message: prompt,
  })
  const output = config.output ?? 'text'
  if (config.format !== 'json') return { [output]: text, usage }
  const parsed = parseJsonText(text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new WorkflowStepError(
      'ModelOutputInvalid',
      'The model did not answer with a JSON object.',
    )
  return { [output]: parsed, usage }
}

/**
 * An `agent` node: the message answered with the agent's system prompt and profile, from
 * passages of its knowledge scope when it has one. Output: `{ text, agentId, usage }`.
 * The agent's tools are not offered: a workflow calls tools through `tool` nodes.
 */
export async function runAgentStep(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'agent'>,
  context: WorkflowStepContext,
) {
  const agentId = workflowJsonPathPattern.test(config.agentId)
    ? readStatePath(context.state, config.agentId)
    : config.agentId
  if (typeof agentId !== 'string' || agentId === '')
    throw new WorkflowStepError('WorkflowStepInvalid', `${config.agentId} holds no agent id.`)
  const agent = await ports.agents?.get(context.workspaceId, agentId)
  if (!agent) throw new WorkflowStepError('WorkflowReferenceMissing', `No agent "${agentId}".`)
  const message = renderStateTemplate(config.message, context.state)
  const system =
    agent.promptId && ports.prompts
      ? await rendered(() =>
          renderStoredPrompt(
            { prompts: ports.prompts ?? noPrompts },
            context.workspaceId,
            agent.promptId ?? '',
            agent.promptVariables,
          ),
        )
      : agent.systemPrompt
  const scope = agent.knowledge
  const passages =
    scope?.enabled && ports.knowledge
      ? (
          await retrieve(ports.knowledge, context, {
            query: message,
            topK: scope.topK ?? 5,
            filter: {
              ...(scope.tags ? { tags: scope.tags } : {}),
              ...(scope.documentIds ? { documentIds: scope.documentIds } : {}),
            },
          })
        ).hits.map(
          (hit): ContextPassage => ({
            id: hit.id,
            documentId: hit.documentId,
            text: hit.text,
            page: hit.page,
            score: hit.score,
          }),
        )
      : []
  const answer = await ask(ports, context, {
    profileId: agent.profileId,
    system,
    message,
    passages,
    // A deleted profile answers with the default, as conversations with the agent do.
    lenientProfile: true,
  })
  return { text: answer.text, agentId, usage: answer.usage }
}

const noPrompts = { get: async () => undefined, countUse: async () => {} }

async function savedPrompt(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'llm'>,
  context: WorkflowStepContext,
) {
  const prompts = ports.prompts
  if (!prompts || config.promptId === undefined)
    throw new WorkflowStepError('WorkflowReferenceMissing', 'Saved prompts are not available.')
  const variables = Object.fromEntries(
    Object.entries(config.variables ?? {}).map(([name, template]) => [
      name,
      renderStateTemplate(template, context.state),
    ]),
  )
  const promptId = config.promptId
  return rendered(() => renderStoredPrompt({ prompts }, context.workspaceId, promptId, variables))
}

/** A stored prompt rendered; its domain errors turned into the step's named errors. */
async function rendered(render: () => Promise<string>): Promise<string> {
  try {
    return await render()
  } catch (error) {
    if (isDomainError(error) && error.code === 'resource.notFound')
      throw new WorkflowStepError('WorkflowReferenceMissing', error.message, { cause: error })
    if (isDomainError(error))
      throw new WorkflowStepError('WorkflowStepInvalid', error.message, { cause: error })
    throw error
  }
}

interface Question {
  profileId: string | undefined
  system?: string
  message: string
  passages?: ContextPassage[]
  lenientProfile?: boolean
}

/** One model call, its streamed text collected. A model failing is worth a retry. */
async function ask(ports: WorkflowStepPorts, context: WorkflowStepContext, question: Question) {
  const { workspaceId } = context
  const named = question.profileId
    ? await ports.profiles.get(workspaceId, question.profileId)
    : undefined
  if (question.profileId && !named && !question.lenientProfile)
    throw new WorkflowStepError('WorkflowReferenceMissing', `No profile "${question.profileId}".`)
  const profile = named ?? (await ports.profiles.getDefault(workspaceId))
  const provider = profile?.provider ?? ports.chat.defaultModel.provider
  const model = ports.chat.models.forProvider(provider)
  if (!model)
    throw new WorkflowStepError('ModelUnavailable', `The "${provider}" models are not configured.`)
  const system = question.system || profile?.systemPrompt
  const request: ChatRequest = {
    modelId: profile?.modelId ?? ports.chat.defaultModel.modelId,
    messages: [{ role: 'user', content: question.message }],
    ...(system ? { system } : {}),
    ...(profile
      ? {
          temperature: profile.temperature,
          topP: profile.topP,
          maxTokens: profile.maxTokens,
          fallbackModelIds: profile.fallbackModelIds,
        }
      : {}),
    ...(question.passages?.length ? { passages: question.passages } : {}),
    ...(context.signal ? { signal: context.signal } : {}),
  }
  let text = ''
  const usage: WorkflowStepUsage = {
    provider,
    modelId: request.modelId,
    inputTokens: 0,
    outputTokens: 0,
  }
  try {
    for await (const event of model.stream(request)) {
      if (event.type === 'model') usage.modelId = event.modelId
      else if (event.type === 'delta') text += event.text
      else if (event.type === 'usage') {
        usage.inputTokens += event.usage.inputTokens
        usage.outputTokens += event.usage.outputTokens
      }
    }
  } catch (error) {
    if (isDomainError(error)) throw error
    throw transient(`The model failed: ${error instanceof Error ? error.message : error}`, error)
  }
  return { text: text.trim(), usage }
}
