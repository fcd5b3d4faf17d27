// Cold start (DESIGN §7): every Lambda entry point in functions/ bundled as SST deploys it, its
// size at init (main file + the chunks it imports statically) and its module initialisation in
// a fresh process, against an empty handler bundled the same way. The API also against its
// floor: Hono + the DynamoDB client alone. Lambda runs Node 22; this runs the local Node.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type BenchSuite, type Figure, figure, median } from '../figures'
import { initProbe } from '../support/module-init'
import { bundleLikeSst, type LambdaBundle } from '../support/sst-bundle'

const functionsDir = resolve(import.meta.dirname, '../../functions')

const emptyHandler = 'export const handler = async () => ({ statusCode: 200 })\n'

// The least an API on Hono and DynamoDB can load: one route doing one Query, client made at init.
const floorHandler = `import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb'
import { Hono } from 'hono'
import { handle } from 'hono/aws-lambda'
const client = new DynamoDBClient({})
const app = new Hono()
app.get('/items/:id', async (c) => {
  const { Items } = await client.send(new QueryCommand({
    TableName: process.env.TABLE_NAME,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: c.req.param('id') } },
  }))
  return c.json(Items ?? [])
})
export const handler = handle(app)
`

interface Measured {
  bundle: LambdaBundle
  samples: number[]
  cpu: number[]
  connects: Set<string>
}

export const coldStartSuite: BenchSuite = {
  name: 'cold-start',
  async run(ctx) {
    const entries = join(ctx.tmpDir, 'entries')
    await mkdir(entries, { recursive: true })
    await writeFile(join(entries, 'empty.ts'), emptyHandler)
    await writeFile(join(entries, 'floor.ts'), floorHandler)
    const functions = (await readdir(functionsDir))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => file.slice(0, -'.ts'.length))
    const sources: Record<string, string> = {
      empty: join(entries, 'empty.ts'),
      floor: join(entries, 'floor.ts'),
      ...Object.fromEntries(functions.map((name) => [name, join(functionsDir, `${name}.ts`)])),
    }

    const t0 = Date.now()
    // Separate builds, as SST makes them, run together: one esbuild service interleaves them.
    const bundles = await Promise.all(
      Object.entries(sources).map(
        async ([name, source]) =>
          [name, await bundleLikeSst(source, join(ctx.tmpDir, 'out', name))] as const,
      ),
    )
    const measured = new Map<string, Measured>(
      bundles.map(([name, bundle]) => [
        name,
        { bundle, samples: [], cpu: [], connects: new Set() },
      ]),
    )
    ctx.log(`bundled ${measured.size} entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

    // Rounds over every bundle (not all runs of one, then the next), so a noisy moment on the
    // shared machine spreads over all of them. The bundles were just written: no cold file cache.
    const sample = await initProbe(ctx.tmpDir)
    const rounds = ctx.quick ? 5 : 15
    for (let round = 0; round < rounds; round++)
      for (const entry of measured.values()) {
        const { ms, cpuMs, connects } = await sample(entry.bundle.main)
        entry.samples.push(ms)
        entry.cpu.push(cpuMs)
        for (const target of connects) entry.connects.add(target)
      }

    const empty = measured.get('empty')!
    const floor = measured.get('floor')!
    const api = measured.get('api')
    if (api) {
      const top = api.bundle.eagerPackages.slice(0, 12)
      ctx.log(
        `api, loaded at init: ${top.map(([name, b]) => `${name} ${Math.round(kb(b))} KB`).join(', ')}`,
      )
    }
    const figures: Figure[] = []
    for (const [name, entry] of measured) {
      if (name === 'empty') continue
      const label = name === 'floor' ? 'floor' : name
      const network = [...entry.connects]
      if (network.length > 0) ctx.log(`! ${name} opens connections at init: ${network.join(', ')}`)
      const note = [
        `${Math.round(kb(entry.bundle.totalBytes))} KB with lazy chunks`,
        ...(network.length > 0 ? [`connects at init: ${network.join(', ')}`] : []),
      ].join('; ')
      figures.push(
        figure({
          name: `cold-start.${label}.bundle.size`,
          value: kb(entry.bundle.initBytes),
          unit: 'KB',
          baseline: kb(empty.bundle.initBytes),
          better: 'lower',
          baselineIs: 'empty handler, same bundling',
          note: name === 'floor' ? 'Hono + the DynamoDB client alone' : note,
        }),
        figure({
          name: `cold-start.${label}.init.ms`,
          value: median(entry.samples),
          unit: 'ms',
          baseline: median(empty.samples),
          better: 'lower',
          baselineIs: 'empty handler, same bundling',
          note: `median of ${entry.samples.length} fresh processes, Node ${process.versions.node}; CPU ${Math.round(median(entry.cpu))} ms`,
        }),
      )
      if (name === 'api')
        figures.push(
          figure({
            name: 'cold-start.api.init.vsFloor',
            value: median(entry.samples),
            unit: 'ms',
            baseline: median(floor.samples),
            better: 'lower',
            baselineIs: 'Hono + DynamoDB client bundle',
            target: '<= 1.3x',
          }),
          // The same in CPU time, which other processes on a shared machine disturb far less.
          figure({
            name: 'cold-start.api.initCpu.vsFloor',
            value: median(entry.cpu),
            unit: 'ms',
            baseline: median(floor.cpu),
            better: 'lower',
            baselineIs: 'Hono + DynamoDB client bundle',
            target: '<= 1.3x',
          }),
        )
    }
    return figures
  },
}

const kb = (bytes: number) => bytes / 1024
