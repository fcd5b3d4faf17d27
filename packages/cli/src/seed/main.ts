// `npm run seed [-- --json]`: demo data on the server at CHATTER_API_URL (see seed.ts).
import { parseArgs } from 'node:util'
import { ChatterApiError } from '@chatter/sdk'
import { seedDemo } from './seed'
import { formatSummary } from './summary'

const usage = `Usage: npm run seed [-- --json]

Creates a demo user, a "Demo" workspace with profiles, prompts, an agent, documents and a first
conversation on a running server (start it with \`npm start\`). Running it again creates nothing new.

Environment: CHATTER_API_URL (default http://localhost:3000), CHATTER_SEED_EMAIL, CHATTER_SEED_PASSWORD.`

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}

try {
  const summary = await seedDemo({
    baseUrl: process.env.CHATTER_API_URL || 'http://localhost:3000',
    email: process.env.CHATTER_SEED_EMAIL || undefined,
    password: process.env.CHATTER_SEED_PASSWORD || undefined,
    // Progress goes to stderr, so stdout is only the summary (one JSON document with --json).
    log: values.json ? undefined : (line) => console.error(line),
  })
  console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary))
} catch (error) {
  if (error instanceof ChatterApiError)
    console.error(`The server refused a seed step (${error.status}): ${error.message}`)
  // A SeedError (no server, wrong password) says what to do; anything else is shown as it is.
  else console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
