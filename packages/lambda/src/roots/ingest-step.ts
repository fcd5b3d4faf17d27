import { ingestSteps } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createIngestStepHandler } from '../handlers/ingest-step'
import { lazy } from '../lazy'
import { createCloudStores, createIngestionPorts } from './knowledge'

/** The function behind every Task of the ingest state machine. */
export const ingestStepHandler = lazy(() => {
  const logger = lambdaLogger()
  const config = lambdaConfig()
  const ports = createIngestionPorts(config, createCloudStores(config), logger)
  return createIngestStepHandler({ logger, steps: ingestSteps(ports) }).handler
})
