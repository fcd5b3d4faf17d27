import type { DocumentRecord } from '../../ports/document-repository'
import type { IngestionPorts } from '../knowledge-ports'

type Workflows = NonNullable<IngestionPorts['workflows']>

/**
 * The execution name of a document's ingestion: the same document and bytes give the same
 * name, so a redelivered event starts nothing new (Step Functions returns the first execution).
 * Names are at most 80 characters.
 */
export const ingestExecutionName = (documentId: string, contentHash: string): string =>
  `${documentId.slice(0, 54)}-${contentHash.slice(0, 16)}`

/** Whether the document's execution for these bytes is still running (a redelivered event). */
export async function workflowRunning(
  ports: IngestionPorts,
  document: DocumentRecord,
  hash: string,
): Promise<boolean> {
  const arn = document.ingestion?.executionArn
  if (!ports.workflows || !arn || document.status !== 'processing') return false
  if (document.contentHash !== hash) return false
  return (await ports.workflows.runner.describe(arn))?.status === 'RUNNING'
}

/**
 * Starts the large-document state machine for the document (input `{ document: { workspaceId,
 * documentId } }`) and records the execution. When the deterministic name already ran to its
 * end before this ingestion began (a reprocess of the same bytes, a retry after a failure), a
 * fresh execution is started under a name suffixed with this ingestion's start time.
 */
export async function startIngestWorkflow(
  ports: IngestionPorts,
  workflows: Workflows,
  document: Pick<DocumentRecord, 'workspaceId' | 'id'>,
  hash: string,
  startedAt: string,
): Promise<DocumentRecord | undefined> {
  const { workspaceId, id } = document
  const input = { document: { workspaceId, documentId: id } }
  const name = ingestExecutionName(id, hash)
  let started = await workflows.runner.start(workflows.stateMachine, input, { name })
  const execution = await workflows.runner.describe(started.executionArn)
  if (
    execution &&
    execution.status !== 'RUNNING' &&
    Date.parse(execution.startedAt) < Date.parse(startedAt)
  ) {
    const retry = `${name}-${Date.parse(startedAt).toString(36)}`
    started = await workflows.runner.start(workflows.stateMachine, input, { name: retry })
  }
  ports.log?.info('document ingestion workflow started', {
    documentId: id,
    executionArn: started.executionArn,
  })
  return ports.documents.update(workspaceId, id, {
    ingestion: { mode: 'workflow', executionArn: started.executionArn, startedAt },
  })
}
