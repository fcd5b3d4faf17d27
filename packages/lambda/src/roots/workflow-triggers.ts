import { recordExecutionEnd, runDueWorkflowSchedules } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createWorkflowTriggersHandler } from '../handlers/workflow-triggers'
import { lazy } from '../lazy'
import { createPlatformEvents } from './events'
import { createCloudStores } from './knowledge'
import { createWorkflowRunPorts } from './workflow-runs'

/** The workflow events function (trigger timer, execution status changes) of this instance. */
export const workflowTriggersHandler = lazy(() => {
  const config = lambdaConfig()
  const logger = lambdaLogger()
  const cloud = createCloudStores(config)
  const ports = {
    ...createWorkflowRunPorts(config, cloud, logger),
    // workflow.succeeded / workflow.failed go to the platform's subscribers.
    events: createPlatformEvents(config, cloud, logger),
  }
  return createWorkflowTriggersHandler({
    logger,
    runDueSchedules: (now) => runDueWorkflowSchedules(ports, { now }),
    recordExecutionEnd: (description) => recordExecutionEnd(ports, description),
  }).handler
})
