import { lambdaLogger } from '../environment'
import { createIngestHandler } from '../handlers/ingest'
import { lazy } from '../lazy'

/** The ingest queue consumer of this Lambda instance. */
export const ingestHandler = lazy(() => {
  const logger = lambdaLogger()
  return createIngestHandler({
    logger,
    // Document ingestion (extract, chunk, embed) arrives with the documents feature.
    onStoredObject: async (object) => {
      logger.info('stored object accepted', { key: object.key, source: object.source })
    },
  })
})
