import {
  type AnswerEvent,
  answer,
  collectAnswer,
  DomainError,
  regenerate,
  resumeStream,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, Id, json, jsonBody, problems, WorkspaceHeader } from './access-schemas'
import {
  AnsweredTurnView,
  eventStream,
  NewMessageBody,
  providerUnavailable,
  ResumeHeaders,
  ResumeQuery,
} from './chat-schemas'

const tags = ['Messages']
const headers = WorkspaceHeader.extend({
  accept: z.string().optional().openapi({ description: '`text/event-stream` to stream' }),
})
const param = (name: string) => Id.openapi({ param: { name, in: 'path' } })
const inConversation = z.object({ id: param('id') })
const ofMessage = z.object({ id: param('id'), messageId: param('messageId') })
const answered = {
  200: eventStream('With `Accept: text/event-stream`: the answer as it is written'),
  201: json(AnsweredTurnView, 'Both messages, the answer complete (or interrupted or failed)'),
  ...providerUnavailable,
}

/**
 * The answer engine over HTTP, beside the conversation routes under `/v1/conversations`: send a
 * message, answer one again, resume a dropped stream. Each answers JSON, or SSE when asked with
 * `Accept: text/event-stream`; failures before the first event are problem+json, later ones an
 * `error` event. A client that disconnects stops the model: the answer is kept `interrupted`.
 */
export function conversationMessagesRoutes(deps: AppDependencies) {
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const route = (method: 'get' | 'post', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/{id}/messages', 'Send a message and get the answer (JSON or SSE)'),
        middleware: writer,
        request: { headers, params: inConversation, body: jsonBody(NewMessageBody) },
        responses: { ...answered, ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const { content, parentId, retrieval, tools } = c.req.valid('json')
        const client = clientOf(c)
        const events = answer(deps, actingIn(c, deps), {
          conversationId: c.req.valid('param').id,
          content,
          ...(parentId === undefined ? {} : { parentId }),
          ...(retrieval === undefined ? {} : { retrieval }),
          ...(tools === undefined ? {} : { tools }),
          signal: client.signal,
        })
        return respond(c, deps, await started(events), client)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'post',
          '/{id}/messages/{messageId}/regenerate',
          'Answer again: given an answer, a new sibling of it; given a question, a new answer to it',
        ),
        middleware: writer,
        request: { headers, params: ofMessage },
        responses: { ...answered, ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { id, messageId } = c.req.valid('param')
        const client = clientOf(c)
        const input = { conversationId: id, messageId, signal: client.signal }
        const events = regenerate(deps, actingIn(c, deps), input)
        return respond(c, deps, await started(events), client)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'get',
          '/{id}/messages/{messageId}/stream',
          'Resume an answer’s stream after `Last-Event-ID` (or `?after=`)',
        ),
        middleware: reader,
        request: {
          headers: WorkspaceHeader.extend(ResumeHeaders.shape),
          params: ofMessage,
          query: ResumeQuery,
        },
        responses: {
          200: eventStream('The deltas after the given event, then `message.end`'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id, messageId } = c.req.valid('param')
        const afterSeq = resumePoint(
          messageId,
          c.req.valid('header')['last-event-id'],
          c.req.valid('query').after,
        )
        const client = clientOf(c)
        const input = { conversationId: id, messageId, afterSeq, signal: client.signal }
        const events = await resumeStream(deps, actingIn(c, deps), input)
        return sse(c, deps, events, client, messageId)
      },
    )
}

/** Aborted when the client goes away: the request's own signal, or the SSE stream cancelled. */
function clientOf(c: Context<AppEnv>): AbortController {
  const client = new AbortController()
  const request = c.req.raw.signal
  if (request?.aborted) client.abort()
  else request?.addEventListener('abort', () => client.abort(), { once: true })
  return client
}

/**
 * The events with the first one already pulled: that runs the checks (404, 422, 503), so they
 * throw here and become problem+json before any status line is sent.
 */
async function started(events: AsyncGenerator<AnswerEvent>): Promise<AsyncGenerator<AnswerEvent>> {
  const first = await events.next()
  return (async function* () {
    if (!first.done) yield first.value
    yield* events
  })()
}

const wantsEventStream = (c: Context<AppEnv>) =>
  (c.req.header('Accept') ?? '').toLowerCase().includes('text/event-stream')

async function respond(
  c: Context<AppEnv>,
  deps: AppDependencies,
  events: AsyncGenerator<AnswerEvent>,
  client: AbortController,
) {
  if (wantsEventStream(c)) return sse(c, deps, events, client)
  return c.json(await collectAnswer(events), 201)
}

/**
 * Writes each event as `id: <assistantMessageId>:<seq>`, `event: <type>`, `data: <json>`. A
 * failure after the stream started (a store down) can only be told in the stream: an `error`
 * event with a generic message, the details going to the log.
 */
function sse(
  c: Context<AppEnv>,
  deps: AppDependencies,
  events: AsyncGenerator<AnswerEvent>,
  client: AbortController,
  messageId?: string,
) {
  return streamSSE(c, async (stream) => {
    stream.onAbort(() => client.abort())
    let id = messageId
    let seq = 0
    try {
      for await (const event of events) {
        if (event.type === 'message.start') id = event.data.assistantMessage.id
        seq = event.seq
        const data = JSON.stringify(event.data)
        await stream.writeSSE({ id: `${id}:${seq}`, event: event.type, data })
      }
    } catch (error) {
      ;(c.get('logger') ?? deps.logger).error('answer stream failed', { error })
      const data = JSON.stringify({ code: 'internal.error', message: 'The answer failed.' })
      await stream.writeSSE({ id: `${id}:${seq + 1}`, event: 'error', data })
    }
  })
}

/** The seq to resume after: `Last-Event-ID` (which must name this message) or `?after=`. */
function resumePoint(messageId: string, lastEventId?: string, after?: number): number {
  if (lastEventId === undefined) return after ?? 0
  const [forMessage, seq] = lastEventId.split(':')
  if (forMessage !== messageId)
    throw new DomainError('request.invalid', 'Last-Event-ID names another message.', {
      errors: [{ path: 'header.last-event-id', message: `Give an id of ${messageId}'s stream.` }],
    })
  return Number(seq)
}
