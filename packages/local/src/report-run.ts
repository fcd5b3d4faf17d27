// `npm run report:run -- <reportId> [--period-start YYYY-MM-DD] [--out <file>]`: runs a scheduled
// report now through the API (`POST /v1/reports/{id}/run`), prints the run, and saves the file.
// The API is CHATTER_API_URL (default: the `npm start` of the data folder, from its
// local-stack.json); the credential is CHATTER_API_KEY (reports need `seeAnalytics`: a key with
// the `admin` scope of an admin or owner) or CHATTER_TOKEN; CHATTER_WORKSPACE_ID picks the
// workspace (default: the key's, or the user's personal one). Works the same against AWS.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig, localEnvSchema } from '@chatter/core'

interface Options {
  reportId: string
  periodStart?: string
  out?: string
}

function parseArguments(argv: string[]): Options {
  const usage = 'Usage: npm run report:run -- <reportId> [--period-start YYYY-MM-DD] [--out <file>]'
  const options: Partial<Options> = {}
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    if (arg === '--period-start') options.periodStart = argv[++i]
    else if (arg === '--out') options.out = argv[++i]
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}. ${usage}`)
    else options.reportId = arg
  }
  if (!options.reportId) throw new Error(usage)
  return options as Options
}

async function apiUrl(): Promise<string> {
  if (process.env.CHATTER_API_URL) return process.env.CHATTER_API_URL.replace(/\/$/, '')
  const { CHATTER_DATA_DIR: dataDir } = loadConfig(localEnvSchema, process.env)
  try {
    const { api } = JSON.parse(await readFile(join(dataDir, 'local-stack.json'), 'utf8'))
    return api
  } catch {
    throw new Error(`Set CHATTER_API_URL, or start the local stack (npm start) on ${dataDir}.`)
  }
}

function headers(): Record<string, string> {
  const key = process.env.CHATTER_API_KEY
  const token = process.env.CHATTER_TOKEN
  if (!key && !token) throw new Error('Set CHATTER_API_KEY (or CHATTER_TOKEN) to call the API.')
  const workspace = process.env.CHATTER_WORKSPACE_ID
  return {
    authorization: `Bearer ${key ?? token}`,
    'content-type': 'application/json',
    ...(workspace ? { 'x-workspace-id': workspace } : {}),
  }
}

/** A problem+json answer as one line a person can act on. */
async function failure(response: Response): Promise<Error> {
  const text = await response.text()
  try {
    const problem = JSON.parse(text) as { detail?: string; errors?: { message: string }[] }
    const details = problem.errors?.map((e) => e.message).join('; ')
    return new Error(
      `${response.status}: ${problem.detail ?? text}${details ? ` (${details})` : ''}`,
    )
  } catch {
    return new Error(`${response.status}: ${text.slice(0, 300)}`)
  }
}

async function main(argv: string[]) {
  const options = parseArguments(argv)
  const base = await apiUrl()
  const auth = headers()
  const ran = await fetch(`${base}/v1/reports/${encodeURIComponent(options.reportId)}/run`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify(options.periodStart ? { periodStart: options.periodStart } : {}),
  })
  if (!ran.ok) throw await failure(ran)
  const run = (await ran.json()) as {
    id: string
    status: string
    periodStart: string
    periodEnd: string
    download?: string
    error?: string
  }
  console.log(
    `Report run ${run.id}: ${run.status}, ${run.periodStart} to ${run.periodEnd}${run.error ? ` (${run.error})` : ''}`,
  )
  if (run.status !== 'succeeded' || !run.download) process.exit(1)
  const file = await fetch(`${base}${run.download}`, { headers: auth })
  if (!file.ok) throw await failure(file)
  const name = /filename="([^"]+)"/.exec(file.headers.get('content-disposition') ?? '')?.[1]
  const out = options.out ?? name ?? `${run.id}.report`
  await writeFile(out, new Uint8Array(await file.arrayBuffer()))
  console.log(`Saved ${out}`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
