import { createApp, openApiInfo } from './app'
import { describedApi } from './openapi-conventions'
import { testDependencies } from './test-support'

/**
 * The API's OpenAPI 3.1 document, built without a running stack (the routes alone describe it):
 * what `GET /openapi.json` serves, for the SDK generator and the document's own tests.
 */
export function openApiDocument() {
  const app = createApp(testDependencies())
  return describedApi(app, openApiInfo)
}
