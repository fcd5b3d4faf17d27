// `npm run bench [-- --quick] [-- --only=api,search] [-- --readme] [-- --reuse]`: runs the
// suites, prints a table, writes bench/results/latest.json and, with --readme, the README's
// figures table (--reuse: no measuring, the table from the last run's JSON).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BenchSuite, Figure } from './figures'
import { markdownTable, textTable } from './report'
import { suites } from './suites/index'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const selected: BenchSuite[] = only ? suites.filter((s) => only.includes(s.name)) : suites
const log = (line: string) => process.stderr.write(`${line}\n`)
const latest = new URL('./results/latest.json', import.meta.url)

type BenchRun = Awaited<ReturnType<typeof measure>>

async function measure() {
  const tmpDir = await mkdtemp(join(tmpdir(), 'chatter-bench-'))
  const started = Date.now()
  const figures: Figure[] = []
  const failures: { suite: string; error: string }[] = []
  try {
    for (const suite of selected) {
      log(`# ${suite.name}`)
      const t0 = Date.now()
      try {
        figures.push(...(await suite.run({ quick, log, tmpDir: join(tmpDir, suite.name) })))
      } catch (error) {
        failures.push({ suite: suite.name, error: String((error as Error)?.stack ?? error) })
        log(`! ${suite.name} failed: ${(error as Error)?.message ?? error}`)
      }
      log(`# ${suite.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    }
  } finally {
    await rm(tmpDir, { recursive: true, force: true })
  }
  const run = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    quick,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    figures,
    failures,
  }
  await mkdir(new URL('./results/', import.meta.url), { recursive: true })
  await writeFile(latest, `${JSON.stringify(run, null, 2)}\n`)
  log(`Wrote bench/results/latest.json (${figures.length} figures, ${run.durationSeconds} s)`)
  return run
}

/** Rewrites the README between its bench markers with the run's short table. */
async function updateReadme(run: BenchRun) {
  const readme = new URL('../README.md', import.meta.url)
  const text = await readFile(readme, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`)
  const table = markdownTable(run.figures, run)
  await writeFile(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`)
  log('Updated the figures table in README.md')
}

const run: BenchRun = args.includes('--reuse')
  ? JSON.parse(await readFile(latest, 'utf8'))
  : await measure()
process.stdout.write(`${textTable(run.figures)}\n`)
if (args.includes('--readme')) await updateReadme(run)
if (run.failures.length > 0) {
  for (const failure of run.failures) log(`\n${failure.suite}:\n${failure.error}`)
  process.exitCode = 1
}
