import {
  ingestDocument,
  ingestStoredObject,
  runDocumentJobCommand,
  runExport,
  runImport,
} from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createIngestHandler } from '../handlers/ingest'
import { lazy } from '../lazy'
import {
  createCloudStores,
  createIngestionPorts,
  createKnowledge,
  createKnowledgeServices,
} from './knowledge'

/** The ingest queue consumer of this Lambda instance: S3 notifications and the API's commands. */
export const ingestHandler = lazy(() => {
  const logger = lambdaLogger()
  const config = lambdaConfig()
  const cloud = createCloudStores(config)
  // One set of knowledge adapters for ingestion and bulk jobs: one lexical-index cache.
  const knowledge = createKnowledge(config, cloud)
  const ports = createIngestionPorts(config, cloud, logger, knowledge)
  const commandPorts = {
    ...createKnowledgeServices(config, cloud, knowledge),
    audit: cloud.stores().audit,
    workspaces: cloud.stores().workspaces,
  }
  // Exports read every store; made on the first export message only.
  const exportPorts = lazy(() => ({
    ...cloud.stores(),
    blobs: cloud.blobs(),
    queue: commandPorts.queue,
  }))
  return createIngestHandler({
    logger,
    onStoredObject: (object, attempt) => ingestStoredObject(ports, object, attempt),
    onCommand: async (command, attempt) => {
      if (command.kind === 'document.ingest')
        return ingestDocument(ports, command.workspaceId, command.documentId, attempt)
      if (command.kind === 'export.run') return runExport(exportPorts(), command, attempt)
      if (command.kind === 'import.run')
        return runImport({ ...exportPorts(), uploads: commandPorts.uploads }, command, attempt)
      await runDocumentJobCommand(commandPorts, command, attempt)
    },
  })
})
