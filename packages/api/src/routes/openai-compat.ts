import {
  type CompletionInput,
  collectCompletion,
  completeChat,
  completionChunks,
  createEmbeddings,
  getCompletionModel,
  listCompletionModels,
} from '@chatter/core'
import { createRoute, type z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { openAIErrorOf } from '../middleware/openai-errors'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, json, jsonBody, WorkspaceHeader } from './access-schemas'
import {
  ChatCompletionBody,
  ChatCompletionView,
  completionStreamDescription,
  EmbeddingsBody,
  EmbeddingsView,
  ModelList,
  ModelParam,
  ModelView,
  openAIProblems,
} from './openai-schemas'

const tags = ['OpenAI compatible']
const route = (method: 'get' | 'post', path: string, summary: string, description: string) =>
  ({ method, path, tags, summary, description, security: anyCaller }) as const

/**
 * `POST /v1/chat/completions` in OpenAI's wire format, so OpenAI clients work unchanged with a
 * Chatter API key. `write`, like sending a message; nothing is stored, usage is recorded.
 */
export function chatCompletionRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      ...route(
        'post',
        '/completions',
        'Create a chat completion (OpenAI compatible, JSON or SSE)',
        'The model is `default`, a profile id or an agent id (`GET /v1/models`); an agent answers ' +
          'with its profile, system prompt and knowledge (its own server-side tools are not ' +
          'offered). The client’s `tools` are never run here: a call comes back with ' +
          '`finish_reason: "tool_calls"` for the client to run and send back as `tool` messages.',
      ),
      middleware: [workspaceAccess(deps), requirePermission('write')],
      request: { headers: WorkspaceHeader, body: jsonBody(ChatCompletionBody) },
      responses: {
        200: {
          description: `The completion. ${completionStreamDescription}`,
          content: {
            'application/json': { schema: ChatCompletionView },
            'text/event-stream': { schema: ChatCompletionView.shape.id },
          },
        },
        ...openAIProblems(400, 401, 403, 404, 422, 503),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const client = clientOf(c)
      const { meta, events } = await completeChat(deps, actingIn(c, deps), {
        ...inputOf(body),
        signal: client.signal,
      })
      if (!body.stream) return c.json(await collectCompletion(meta, events), 200)
      const includeUsage = body.stream_options?.include_usage === true
      return streamSSE(c, async (stream) => {
        stream.onAbort(() => client.abort())
        try {
          for await (const chunk of completionChunks(meta, events, { includeUsage })) {
            if ('type' in chunk) {
              const error = openAIErrorOf({ status: 503, detail: chunk.message, code: chunk.code })
              return await stream.writeSSE({ data: JSON.stringify({ error }) })
            }
            await stream.writeSSE({ data: JSON.stringify(chunk) })
          }
          await stream.writeSSE({ data: '[DONE]' })
        } catch (error) {
          ;(c.get('logger') ?? deps.logger).error('completion stream failed', { error })
          const failed = {
            message: 'The completion failed.',
            type: 'server_error',
            code: 'internal.error',
          }
          await stream.writeSSE({ data: JSON.stringify({ error: failed }) })
        }
      })
    },
  )
}

/** `GET /v1/models` and `GET /v1/models/{id}`: `default`, the profiles, agents and embedder. */
export function modelsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const ports = { ...deps, embedder: deps.knowledge.embedder }
  return createRouter()
    .openapi(
      createRoute({
        ...route(
          'get',
          '/',
          'List the models (OpenAI compatible)',
          '`default` (the workspace’s default profile, else the runtime’s model), every profile ' +
            'and agent of the workspace by id, and the embedding model. Not paginated.',
        ),
        middleware: reader,
        request: { headers: WorkspaceHeader },
        responses: { 200: json(ModelList, 'The models'), ...openAIProblems(401, 403) },
      }),
      async (c) => {
        const data = await listCompletionModels(ports, actingIn(c, deps))
        return c.json({ object: 'list' as const, data }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'Get a model (OpenAI compatible)', 'One entry of the list.'),
        middleware: reader,
        request: { headers: WorkspaceHeader, params: ModelParam },
        responses: { 200: json(ModelView, 'The model'), ...openAIProblems(401, 403, 404, 422) },
      }),
      async (c) => {
        const model = await getCompletionModel(ports, actingIn(c, deps), c.req.valid('param').id)
        return c.json(model, 200)
      },
    )
}

/** `POST /v1/embeddings` with the embedder search uses (`read`). */
export function embeddingsRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      ...route(
        'post',
        '/',
        'Create embeddings (OpenAI compatible)',
        'Vectors of the embedder that indexes documents, as floats or base64 (little-endian ' +
          'float32, the OpenAI clients’ default). `dimensions` must be the native size.',
      ),
      middleware: [workspaceAccess(deps), requirePermission('read')],
      request: { headers: WorkspaceHeader, body: jsonBody(EmbeddingsBody) },
      responses: {
        200: json(EmbeddingsView, 'One vector per input, in order'),
        ...openAIProblems(400, 401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { input, model, encoding_format, dimensions } = c.req.valid('json')
      const result = await createEmbeddings(
        deps.knowledge,
        actingIn(c, deps),
        {
          // Token arrays were refused by the schema: only text is left.
          input: input as string | string[],
          model,
          ...(encoding_format ? { encodingFormat: encoding_format } : {}),
          ...(dimensions === undefined ? {} : { dimensions }),
        },
        c.req.raw.signal,
      )
      return c.json(result, 200)
    },
  )
}

function inputOf(body: z.infer<typeof ChatCompletionBody>): Omit<CompletionInput, 'signal'> {
  const maxTokens = body.max_completion_tokens ?? body.max_tokens
  return {
    model: body.model,
    messages: body.messages,
    ...(body.temperature == null ? {} : { temperature: body.temperature }),
    ...(body.top_p == null ? {} : { topP: body.top_p }),
    ...(maxTokens == null ? {} : { maxTokens }),
    ...(body.tools ? { tools: body.tools } : {}),
    ...(body.tool_choice ? { toolChoice: body.tool_choice } : {}),
  }
}

/** Aborted when the client goes away: the request's own signal, or the SSE stream cancelled. */
function clientOf(c: Context<AppEnv>): AbortController {
  const client = new AbortController()
  const request = c.req.raw.signal
  if (request?.aborted) client.abort()
  else request?.addEventListener('abort', () => client.abort(), { once: true })
  return client
}
