import { fileURLToPath } from 'node:url'
import { openApiDocument } from '@chatter/api/openapi'
import openapiTS, { astToString } from 'openapi-typescript'

/** Where the generated types live (committed; a test fails when they drift from the API). */
export const schemaPath = fileURLToPath(new URL('./schema.ts', import.meta.url))

const banner = `// Generated from the Chatter API's OpenAPI document by \`npm run sdk:generate\`. Do not edit.
/* biome-ignore-all lint: generated */
`

/** The SDK's types, rendered from the API's current OpenAPI document. */
export async function renderSchema(): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript takes its own OpenAPI3 type; ours is structurally the same
  const ast = await openapiTS(openApiDocument() as any, { alphabetize: true })
  return banner + astToString(ast)
}
