// Streamed answers (DESIGN §7): time to first byte and per-token overhead at 1 and 32 concurrent
// streams, against the local model's own schedule measured in the same run and at the same
// concurrency (the model alone, no HTTP and no stores), and the tail after the last delta.
import { mkdir } from 'node:fs/promises'
import { LocalChatModel } from '@chatter/local'
import { type BenchSuite, type Figure, figure, percentile } from '../figures'
import { signUp, startChatStack } from '../support/chat-stack'
import { meanInterval, type StreamTiming, timeStream } from '../support/sse-timing'

/** The local model's pause before each token: the schedule the stream should follow. */
const tokenDelayMs = 10
const question = 'What can you do for me today?'

/** The local model alone: first token and mean time between tokens, ms after the call. */
async function modelSchedule(): Promise<{ first: number; interval: number }> {
  const model = new LocalChatModel({ tokenDelayMs })
  const started = performance.now()
  const deltas: number[] = []
  const messages = [{ role: 'user' as const, content: question }]
  for await (const event of model.stream({ modelId: 'local', messages }))
    if (event.type === 'delta') deltas.push(performance.now() - started)
  return { first: deltas[0] ?? Number.NaN, interval: meanInterval(deltas) }
}

/** `concurrency` at a time, `rounds` times over: each result as `run` gave it. */
async function inWaves<T>(concurrency: number, rounds: number, run: () => Promise<T>) {
  const results: T[] = []
  for (let round = 0; round < rounds; round++)
    results.push(...(await Promise.all(Array.from({ length: concurrency }, run))))
  return results
}

export const streamingSuite: BenchSuite = {
  name: 'streaming',
  async run(ctx) {
    await mkdir(ctx.tmpDir, { recursive: true })
    const stack = await startChatStack(ctx.tmpDir, tokenDelayMs)
    try {
      const user = await signUp(stack)
      // Each stream is the first turn of a fresh conversation (created untimed), so every answer
      // has the same one-message context and the same text.
      const stream = async () => {
        const { id } = await user.call<{ id: string }>('POST', '/v1/conversations', {})
        return timeStream(`${stack.url}/v1/conversations/${id}/messages`, {
          method: 'POST',
          headers: { ...user.headers, accept: 'text/event-stream' },
          body: JSON.stringify({ content: question }),
        })
      }
      await inWaves(4, 1, stream) // warm-up: JIT, connection pools
      const figures: Figure[] = []
      for (const [streams, rounds] of [
        [1, ctx.quick ? 5 : 20],
        [32, ctx.quick ? 1 : 3],
      ] as const) {
        const model = await inWaves(streams, rounds, modelSchedule)
        const timings = await inWaves(streams, rounds, stream)
        const complete = timings.filter((t) => t.deltas.length > 1 && !Number.isNaN(t.end))
        if (complete.length < timings.length)
          ctx.log(`  ! ${timings.length - complete.length} streams ended without message.end`)
        figures.push(...streamFigures(`s${streams}`, complete, model))
        ctx.log(`  s${streams}: ${summary(complete)}`)
      }
      return figures
    } finally {
      await stack.stop()
    }
  },
}

function summary(timings: StreamTiming[]) {
  const p50 = (values: number[]) => percentile(values, 50).toFixed(1)
  return [
    `first delta p50 ${p50(timings.map((t) => t.deltas[0]!))} ms`,
    `per token p50 ${p50(timings.map((t) => meanInterval(t.deltas)))} ms`,
    `tail p50 ${p50(timings.map((t) => t.end - t.deltas.at(-1)!))} ms`,
    `${timings[0]?.deltas.length} tokens`,
  ].join(', ')
}

function streamFigures(
  variant: string,
  timings: StreamTiming[],
  model: { first: number; interval: number }[],
): Figure[] {
  const firstToken = percentile(
    model.map((m) => m.first),
    50,
  )
  const interval = percentile(
    model.map((m) => m.interval),
    50,
  )
  const modelFirst = `the local model's own first token (${tokenDelayMs} ms pause), alone, ${variant}`
  const at = (values: number[], p: number) => percentile(values, p)
  const firstDelta = timings.map((t) => t.deltas[0]!)
  const firstByte = timings.map((t) => t.firstByte)
  const perToken = timings.map((t) => meanInterval(t.deltas))
  const tail = timings.map((t) => t.end - t.deltas.at(-1)!)
  const lower = { unit: 'ms', better: 'lower' } as const
  const overhead = (value: number) => `overhead ${(value - firstToken).toFixed(1)} ms`
  const ttfb = (p: 50 | 95, target: string): Figure => {
    const value = at(firstDelta, p)
    return figure({
      name: `streaming.ttfb.${variant}.p${p}`,
      value,
      baseline: firstToken,
      baselineIs: modelFirst,
      target,
      note: `first delta event; ${overhead(value)}`,
      ...lower,
    })
  }
  return [
    ttfb(50, '<= +10 ms'),
    ttfb(95, '<= +30 ms'),
    figure({
      name: `streaming.firstByte.${variant}.p50`,
      value: at(firstByte, 50),
      baseline: firstToken,
      baselineIs: modelFirst,
      note: 'first byte of the body (message.start)',
      ...lower,
    }),
    figure({
      name: `streaming.perToken.${variant}.p50`,
      value: at(perToken, 50),
      baseline: interval,
      baselineIs: `the local model's own time per token, alone, ${variant}`,
      note: `mean time between deltas; overhead ${(at(perToken, 50) - interval).toFixed(2)} ms/token`,
      ...lower,
    }),
    figure({
      name: `streaming.tail.${variant}.p50`,
      value: at(tail, 50),
      baseline: interval,
      baselineIs: `one token of the model's schedule, ${variant}`,
      note: 'last delta to message.end (deltas saved, message saved, events published)',
      ...lower,
    }),
  ]
}
