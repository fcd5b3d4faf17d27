// The API under load (DESIGN §7): listing conversations and a non-streaming answer from the
// local model, at 1, 16 and 64 connections, against a bare Hono route doing one DynamoDB Query
// on the same DynamoDB Local (the floor). Load generator and servers share the machine's cores:
// read the ratios, not the absolute figures.
import { mkdir } from 'node:fs/promises'
import { type BenchSuite, type Figure, figure } from '../figures'
import { signUp, startChatStack } from '../support/chat-stack'
import { type LoadResult, load } from '../support/http-load'
import { startQueryFloor } from '../support/query-floor'

const connections = [1, 16, 64] as const
const conversations = 50
/** Conversations the answers go round; each answer continues from the same first answer. */
const answered = 8

interface Id {
  id: string
}

export const apiSuite: BenchSuite = {
  name: 'api',
  async run(ctx) {
    await mkdir(ctx.tmpDir, { recursive: true })
    const seconds = ctx.quick ? 3 : 10
    const stack = await startChatStack(ctx.tmpDir, 0)
    try {
      const user = await signUp(stack)
      const created = await Promise.all(
        Array.from({ length: conversations }, (_, i) =>
          user.call<Id>('POST', '/v1/conversations', { title: `Bench ${i}` }),
        ),
      )
      // Every measured answer is a second turn: it goes after its conversation's first answer
      // (`parentId`), so its context stays two messages however many answers the run adds. A
      // turn reads its branch one message at a time: answers piling up would slow later points.
      const turns = await Promise.all(
        created.slice(0, answered).map(async ({ id }) => {
          const first = await user.call<{ assistantMessage: Id }>(
            'POST',
            `/v1/conversations/${id}/messages`,
            { content: 'Hello, what can you do?' },
          )
          return { id, parentId: first.assistantMessage.id }
        }),
      )
      let turn = 0
      const nextAnswer = () => {
        const { id, parentId } = turns[turn++ % turns.length]!
        const body = JSON.stringify({ content: 'And what else can you do?', parentId })
        return { path: `/v1/conversations/${id}/messages`, body }
      }
      const floor = await startQueryFloor(stack)
      try {
        const targets = {
          floor: { url: floor.url },
          listConversations: {
            url: `${stack.url}/v1/conversations?limit=20`,
            headers: user.headers,
          },
          answer: {
            url: `${stack.url}/v1/conversations/${turns[0]!.id}/messages`,
            method: 'POST' as const,
            headers: user.headers,
            next: nextAnswer,
          },
        }
        // Warm up every route (JIT, connection pools) before the first measured point.
        for (const target of Object.values(targets))
          await load({ ...target, connections: 16, seconds: 1 })
        const figures: Figure[] = []
        for (const c of connections) {
          // Floor and routes measured back to back at each point, so they share the noise.
          const points: Record<string, LoadResult> = {}
          for (const [name, target] of Object.entries(targets)) {
            points[name] = await load({ ...target, connections: c, seconds })
            const p = points[name]!
            ctx.log(
              `  ${name} c${c}: ${p.rps.toFixed(0)} req/s, p50 ${p.p50} ms, p99 ${p.p99} ms` +
                (p.failures ? `, ${p.failures} failures` : ''),
            )
          }
          for (const name of ['listConversations', 'answer'] as const)
            figures.push(...pointFigures(name, c, points[name]!, points.floor!))
        }
        return figures
      } finally {
        await floor.stop()
      }
    } finally {
      await stack.stop()
    }
  },
}

function pointFigures(
  name: 'listConversations' | 'answer',
  c: number,
  point: LoadResult,
  floor: LoadResult,
): Figure[] {
  const baselineIs =
    name === 'answer'
      ? 'bare Hono + one DynamoDB Query (the same floor as listing)'
      : 'bare Hono + one DynamoDB Query'
  const note = point.failures > 0 ? `${point.failures} failed requests` : undefined
  const common = { baselineIs, ...(note ? { note } : {}) }
  const target = name === 'listConversations' && c === 16 ? { target: '>= 0.6x' } : {}
  return [
    figure({
      name: `api.${name}.c${c}.rps`,
      value: point.rps,
      unit: 'req/s',
      baseline: floor.rps,
      better: 'higher',
      ...common,
      ...target,
    }),
    figure({
      name: `api.${name}.c${c}.p50`,
      value: point.p50,
      unit: 'ms',
      baseline: floor.p50,
      better: 'lower',
      ...common,
    }),
    figure({
      name: `api.${name}.c${c}.p99`,
      value: point.p99,
      unit: 'ms',
      baseline: floor.p99,
      better: 'lower',
      ...common,
    }),
  ]
}
