import { embeddingLimits, messageContentLimit, profileLimits } from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { Problem } from './access-schemas'

/**
 * Request and response schemas of the OpenAI-compatible routes, in OpenAI's own field names.
 * Objects are not strict: OpenAI clients send many fields Chatter does not use (`stop`, `seed`,
 * `user`, `logprobs`...), which are accepted and ignored; a known field of the wrong type is
 * still a 422.
 */

const Text = z.string().max(messageContentLimit)

const ContentPart = z
  .object({ type: z.string().max(64), text: Text.optional() })
  .openapi({ description: 'Only `text` parts are supported: an image is a 422' })

const Content = z.union([Text, z.array(ContentPart).max(100)])

const ToolCall = z.object({
  id: z.string().min(1).max(200),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1).max(64), arguments: Text }),
})

const Message = z
  .discriminatedUnion('role', [
    z.object({ role: z.literal('system'), content: Content }),
    z.object({ role: z.literal('developer'), content: Content }),
    z.object({ role: z.literal('user'), content: Content }),
    z.object({
      role: z.literal('assistant'),
      content: Content.nullable().optional(),
      tool_calls: z.array(ToolCall).max(128).optional(),
    }),
    z.object({
      role: z.literal('tool'),
      tool_call_id: z.string().min(1).max(200),
      content: Content,
    }),
  ])
  .openapi({ description: 'system, developer, user, assistant (with `tool_calls`) or tool' })

const Tool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,64}$/, 'Use 1-64 letters, digits, "_" or "-".')
      .openapi({ example: 'get_weather' }),
    description: z.string().max(4096).optional(),
    parameters: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description: 'A JSON Schema object',
        example: { type: 'object', properties: { city: { type: 'string' } } },
      }),
  }),
})

const ToolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string().max(64) }) }),
])

export const ChatCompletionBody = z
  .object({
    model: z.string().min(1).max(200).openapi({
      description: '`default`, a profile id or an agent id (see `GET /v1/models`)',
      example: 'default',
    }),
    messages: z.array(Message).min(1).max(1000),
    temperature: z
      .number()
      .min(0)
      .max(1, 'The models here take a temperature from 0 to 1.')
      .nullish(),
    top_p: z.number().min(0).max(1).nullish(),
    max_tokens: z.number().int().min(1).max(profileLimits.maxTokens).nullish(),
    max_completion_tokens: z.number().int().min(1).max(profileLimits.maxTokens).nullish(),
    n: z
      .number()
      .int()
      .nullish()
      .refine((n) => n == null || n === 1, 'Only n = 1 is supported.'),
    stream: z.boolean().nullish().openapi({ description: 'true: `text/event-stream` chunks' }),
    stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
    tools: z.array(Tool).max(128).optional(),
    tool_choice: ToolChoice.optional().openapi({
      description:
        '`none` offers no tools; a named function offers only that one; `required` is not enforced',
    }),
  })
  .openapi('ChatCompletionRequest', {
    example: {
      model: 'default',
      messages: [
        { role: 'system', content: 'Answer in one sentence.' },
        { role: 'user', content: 'What is a heron?' },
      ],
      stream: false,
    },
  })

const Usage = z.object({
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  total_tokens: z.number().int(),
})

const FinishReason = z.enum(['stop', 'length', 'tool_calls', 'content_filter'])

export const ChatCompletionView = z
  .object({
    id: z.string(),
    object: z.literal('chat.completion'),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.literal(0),
        message: z.object({
          role: z.literal('assistant'),
          content: z.string().nullable(),
          tool_calls: z.array(ToolCall).optional(),
          refusal: z.null(),
        }),
        finish_reason: FinishReason,
        logprobs: z.null(),
      }),
    ),
    usage: Usage,
  })
  .openapi('ChatCompletion', {
    example: {
      id: 'chatcmpl-3k9q2m8x7v6c5b4n1p0z',
      object: 'chat.completion',
      created: 1767225600,
      model: 'default',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'A long-legged wading bird.', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 21, completion_tokens: 6, total_tokens: 27 },
    },
  })

export const completionStreamDescription = [
  'With `stream: true`: server-sent events, each `data: <chat.completion.chunk JSON>`: the role',
  'first, then content deltas and tool-call deltas (`index`, `id`, `type`, `function.name`, then',
  '`function.arguments`), a chunk with `finish_reason`, with `stream_options.include_usage` a',
  'chunk with `usage` and no choices, then `data: [DONE]`. A failure after the stream began is',
  'one frame `data: {"error":{"message","type","code"}}`, and the stream ends.',
].join(' ')

export const ModelView = z
  .object({
    id: z.string(),
    object: z.literal('model'),
    created: z.number().int().openapi({ description: 'Unix seconds' }),
    owned_by: z.string(),
    name: z.string(),
    kind: z.enum(['default', 'profile', 'agent', 'embedding']),
  })
  .openapi('Model', {
    example: {
      id: 'prf_3k9q2m8x7v6c5b4n1p0z',
      object: 'model',
      created: 1767225600,
      owned_by: 'ws_3k9q2m8x7v6c5b4n1p0z',
      name: 'Claude, careful',
      kind: 'profile',
    },
  })

export const ModelList = z
  .object({ object: z.literal('list'), data: z.array(ModelView) })
  .openapi('ModelList')

export const ModelParam = z.object({
  id: z
    .string()
    .regex(/^[\w.:-]{1,200}$/, 'Not a valid model id.')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'default' }),
})

export const EmbeddingsBody = z
  .object({
    input: z
      .union([z.string(), z.array(z.union([z.string(), z.number(), z.array(z.number())]))])
      .superRefine((input, ctx) => {
        if (Array.isArray(input) && input.some((item) => typeof item !== 'string'))
          ctx.addIssue({ code: 'custom', message: 'Token arrays are not supported: send text.' })
      })
      .openapi({
        description: `A text or 1-${embeddingLimits.inputs} texts of 1-${embeddingLimits.characters} characters`,
        example: ['The blue heron nests by the pond.'],
      }),
    model: z.string().min(1).max(200).openapi({
      description: '`default` or the embedding model’s id (see `GET /v1/models`)',
      example: 'default',
    }),
    encoding_format: z.enum(['float', 'base64']).optional().openapi({
      description: '`float` (the default here) or `base64`: little-endian float32 bytes',
    }),
    dimensions: z.number().int().min(1).optional().openapi({
      description: 'Only the model’s native size (vectors are not shortened)',
    }),
  })
  .openapi('EmbeddingsRequest')

export const EmbeddingsView = z
  .object({
    object: z.literal('list'),
    data: z.array(
      z.object({
        object: z.literal('embedding'),
        index: z.number().int(),
        embedding: z.union([z.array(z.number()), z.string()]),
      }),
    ),
    model: z.string(),
    usage: z.object({ prompt_tokens: z.number().int(), total_tokens: z.number().int() }),
  })
  .openapi('Embeddings', {
    example: {
      object: 'list',
      data: [{ object: 'embedding', index: 0, embedding: [0.0123, -0.0456, 0.0789] }],
      model: 'local-hashing-384',
      usage: { prompt_tokens: 9, total_tokens: 9 },
    },
  })

/** A problem of these routes: problem+json with OpenAI's `error` member, for OpenAI clients. */
export const OpenAIProblem = Problem.extend({
  error: z.object({
    message: z.string(),
    type: z.string(),
    code: z.string(),
    param: z.string().nullable(),
  }),
}).openapi('OpenAIProblem')

const descriptions = {
  400: 'Malformed JSON',
  401: 'No or bad credentials',
  403: 'Not allowed: the detail names the missing permission',
  404: 'No such model in this workspace',
  422: 'Invalid fields, each listed by path (and the first in `error.param`)',
  503: 'The model provider is not configured or did not answer',
} as const

/** The problem responses of an OpenAI-compatible route, for the OpenAPI document. */
export function openAIProblems(...statuses: (keyof typeof descriptions)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status],
        content: { 'application/problem+json': { schema: OpenAIProblem } },
      },
    ]),
  ) as Record<(typeof statuses)[number], { description: string; content: object }>
}
