import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderSchema, schemaPath } from './generate'

describe('the generated schema', () => {
  it('matches the API’s current OpenAPI document', async () => {
    const committed = await readFile(schemaPath, 'utf8')
    const current = await renderSchema()
    // A plain comparison: a diff of 15,000 lines would drown the instruction.
    if (committed !== current)
      expect.fail(
        'packages/sdk/src/schema.ts is out of date with the API’s routes: run `npm run sdk:generate` and commit the result.',
      )
  }, 60_000)
})
