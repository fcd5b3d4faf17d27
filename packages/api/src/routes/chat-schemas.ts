import {
  answerEventTypes,
  messageContentLimit,
  retrievalRequestSchema,
  toolResultLimit,
  toolsRequestSchema,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { Id, Problem } from './access-schemas'

/** Request and response schemas of the answer routes (`/v1/conversations/{id}/messages...`). */

export const NewMessageBody = z
  .object({
    content: z
      .string()
      .min(1)
      .max(messageContentLimit)
      .refine((text) => text.trim() !== '', 'Write something other than whitespace.')
      .openapi({
        description: `1-${messageContentLimit} characters`,
        example: 'Plan a day in Lisbon',
      }),
    parentId: Id.nullable()
      .optional()
      .openapi({
        description:
          'Omit to continue the active branch. An assistant message id: the new message follows ' +
          'that answer, beside whatever followed it before (an edit, so a new branch). null: a ' +
          'new first message (editing the first one).',
      }),
    retrieval: z
      .object(retrievalRequestSchema.shape)
      .strict()
      .optional()
      .openapi({
        description:
          'Whether the answer searches the workspace’s documents and cites them (`citation` ' +
          'events). Omit to follow the profile’s `retrieval` settings; what this leaves out ' +
          '(topK, minScore) comes from the profile. `filter` is the filter of `POST /v1/search`.',
        example: { enabled: true, topK: 5, filter: { tags: ['handbook'] } },
      }),
    tools: z
      .object(toolsRequestSchema.shape)
      .strict()
      .optional()
      .openapi({
        description:
          'Whether the model may call tools (`tool.call` / `tool.result` events): `enabled` ' +
          'offers the workspace’s built-in and enabled MCP tools, `only` just those names (an ' +
          'unknown name is a 422). Omit for no tools. A conversation with an agent uses the ' +
          'agent’s tools instead.',
        example: { enabled: true, only: ['calculator', 'search_documents'] },
      }),
  })
  .openapi('NewMessage')

const Usage = z.object({
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  latencyMs: z.number(),
  timeToFirstTokenMs: z.number().optional(),
  costUsd: z.number().optional().openapi({ description: 'Absent for a model without a price' }),
})

const Citation = z.object({
  passageId: z.string(),
  documentId: z.string(),
  page: z.number().optional(),
  score: z.number().optional(),
})

const ToolSourceView = z.union([
  z.object({ type: z.literal('builtin') }),
  z.object({
    type: z.literal('mcp'),
    serverId: z.string(),
    serverName: z.string(),
    toolName: z.string(),
  }),
])

const ToolCallView = z.object({
  id: z.string(),
  name: z.string().openapi({ description: 'The model-facing tool name' }),
  arguments: z.unknown().openapi({ description: 'The arguments the model gave' }),
  content: z.string().openapi({ description: `The result, cut to ${toolResultLimit} characters` }),
  isError: z.boolean(),
  durationMs: z.number(),
  source: ToolSourceView.optional().openapi({ description: 'Absent for an unknown tool name' }),
})

export const MessageView = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    workspaceId: z.string(),
    parentId: z.string().nullable(),
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    status: z.enum(['streaming', 'complete', 'interrupted', 'failed']),
    userId: z.string(),
    model: z
      .object({ provider: z.string(), modelId: z.string(), fallbackFrom: z.string().optional() })
      .optional(),
    usage: Usage.optional(),
    stopReason: z
      .enum(['end_turn', 'max_tokens', 'stop_sequence', 'content_filtered', 'tool_use'])
      .optional(),
    citations: z.array(Citation).optional(),
    toolCalls: z
      .array(ToolCallView)
      .optional()
      .openapi({ description: 'The tools an answer called, in order' }),
    feedback: z
      .object({
        rating: z.enum(['up', 'down']),
        comment: z.string().optional(),
        userId: z.string(),
        at: z.string(),
      })
      .optional(),
    error: z.string().optional().openapi({ description: 'Why an answer failed or stopped' }),
    experiment: z
      .object({ id: z.string(), variant: z.string() })
      .optional()
      .openapi({ description: 'The A/B test variant that shaped this answer' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Message')

export const AnsweredTurnView = z
  .object({ userMessage: MessageView, assistantMessage: MessageView })
  .openapi('AnsweredTurn')

const eventStreamDescription = [
  'Server-sent events, each `id: <assistantMessageId>:<seq>` (seq counts every event of the',
  'answer from 0), `event:` one of',
  answerEventTypes.map((type) => `\`${type}\``).join(', '),
  'and JSON `data:`. `message.start` `{ conversationId, userMessage, assistantMessage }`;',
  '`delta` `{ text }`; `citation` `{ passageId, documentId, page?, score? }`; `tool.call`',
  '`{ id, name, arguments, source? }` before a tool runs and `tool.result`',
  '`{ id, name, content, isError, durationMs }` after; `usage`',
  '`{ inputTokens, outputTokens, latencyMs, timeToFirstTokenMs?, costUsd? }`; `error`',
  '`{ code, message }`; `message.end` `{ message }`, always last. Resume a dropped stream with',
  '`GET .../messages/{assistantMessageId}/stream` and `Last-Event-ID` (text and tool events are',
  'replayed).',
].join(' ')

/** The SSE response, for the OpenAPI document. */
export const eventStream = (description: string) => ({
  description: `${description}. ${eventStreamDescription}`,
  content: { 'text/event-stream': { schema: z.string() } },
})

/** 503: the runtime's default model provider is not configured (a profile's is a 422). */
export const providerUnavailable = {
  503: {
    description: 'The default model provider is not configured in this deployment',
    content: { 'application/problem+json': { schema: Problem } },
  },
}

export const ResumeQuery = z.object({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'The seq of the last event received (instead of Last-Event-ID)' }),
})

export const ResumeHeaders = z.object({
  'last-event-id': z
    .string()
    .regex(/^[\w-]{1,64}:\d{1,9}$/, 'Send the id of the last event received: <messageId>:<seq>.')
    .optional()
    .openapi({ description: '`<assistantMessageId>:<seq>` of the last event received' }),
})
