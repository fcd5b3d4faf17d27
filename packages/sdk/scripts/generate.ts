// Regenerates src/schema.ts from the API's OpenAPI document: `npm run sdk:generate`.
import { writeFile } from 'node:fs/promises'
import { renderSchema, schemaPath } from '../src/generate'

await writeFile(schemaPath, await renderSchema())
console.log(`Wrote ${schemaPath}`)
