import { DomainError } from '../../errors'
import type { StoredObject } from '../../ingestion/stored-object'
import type { ExtractDocument } from '../../ports/document-extractor'
import type { DocumentRecord } from '../../ports/document-repository'
import type {
  ExecutionDescription,
  StartExecutionOptions,
  StateMachineRunner,
} from '../../ports/state-machine-runner'
import {
  HashingEmbedder,
  InMemoryBlobs,
  InMemoryDocumentJobs,
  InMemoryDocuments,
  InMemoryLexical,
  InMemoryVectors,
} from '../../testing'
import type { IngestionPorts, IngestionSettings } from '../knowledge-ports'

export const workspaceId = 'ws_1'

/**
 * Reads text and markdown like `@chatter/extraction` would (a `# ` line is the title); refuses
 * `application/octet-stream` and reports a file starting with `%CORRUPT` as unreadable.
 */
export const textExtract: ExtractDocument = async ({ bytes, contentType }) => {
  if (contentType === 'application/octet-stream')
    throw new DomainError('document.unsupportedType', 'This file type is not supported.')
  const text = new TextDecoder().decode(bytes)
  if (text.startsWith('%CORRUPT'))
    throw new DomainError('document.unreadable', 'The file is damaged and could not be read.')
  const title = /^# (.+)$/m.exec(text)?.[1]
  return {
    format: contentType === 'text/markdown' ? 'markdown' : 'text',
    ...(title ? { title } : {}),
    pages: [{ number: 1, text }],
    sections: [],
  }
}

/** `count` paragraphs of distinct words, about one small chunk each. */
export const paragraphs = (count: number, topic = 'heron'): string =>
  Array.from({ length: count }, (_, i) => `Paragraph ${i} about the ${topic} number${i}.`).join(
    '\n\n',
  )

/** A state machine runner that records starts; executions stay RUNNING until told otherwise. */
export class FakeRunner implements StateMachineRunner {
  readonly starts: { stateMachine: string; input: unknown; name?: string }[] = []
  readonly executions = new Map<string, ExecutionDescription>()

  async start(stateMachine: string, input: unknown, options: StartExecutionOptions = {}) {
    const name = options.name ?? `run-${this.starts.length}`
    const executionArn = `arn:local:execution:${stateMachine}:${name}`
    const existing = this.executions.get(executionArn)
    if (existing) return { executionArn, startedAt: existing.startedAt }
    this.starts.push({ stateMachine, input, name })
    const startedAt = new Date().toISOString()
    this.executions.set(executionArn, { executionArn, name, status: 'RUNNING', input, startedAt })
    return { executionArn, startedAt }
  }
  async describe(executionArn: string) {
    return this.executions.get(executionArn)
  }
  async stop(executionArn: string) {
    const execution = this.executions.get(executionArn)
    if (execution) execution.status = 'ABORTED'
  }
}

/** Ingestion ports on in-memory fakes, with small chunks and batches of 4. */
export function ingestWorld(
  options: { settings?: Partial<IngestionSettings>; workflows?: boolean } = {},
) {
  const runner = new FakeRunner()
  const ports = {
    documents: new InMemoryDocuments(),
    blobs: new InMemoryBlobs(),
    vectors: new InMemoryVectors(),
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(),
    jobs: new InMemoryDocumentJobs(),
    extract: textExtract,
    settings: {
      inlineMaxBytes: 100_000,
      embedBatchSize: 4,
      chunking: { targetTokens: 12, overlapTokens: 0, maxTokens: 16 },
      ...options.settings,
    },
    ...(options.workflows ? { workflows: { runner, stateMachine: 'chatter-ingest' } } : {}),
  } satisfies IngestionPorts

  /** A document waiting for its presigned upload, then the object S3 reports for it. */
  const upload = async (
    text: string,
    extra: { id?: string; filename?: string; contentType?: string } = {},
  ) => {
    const id = extra.id ?? `doc_${ports.documents.byKey.size + 1}`
    const filename = extra.filename ?? 'notes.md'
    const blobKey = `uploads/${workspaceId}/${id}/${filename}`
    const document = await ports.documents.create({
      id,
      workspaceId,
      filename,
      contentType: extra.contentType ?? 'text/markdown',
      size: text.length,
      tags: ['guide'],
      status: 'uploading',
      progress: { chunksDone: 0, chunksTotal: 0 },
      source: 'upload',
      blobKey,
      chunkCount: 0,
      createdBy: 'usr_1',
    })
    await ports.blobs.put(blobKey, text)
    const object: StoredObject = {
      bucket: 'docs',
      key: blobKey,
      size: text.length,
      workspaceId,
      source: 'upload',
      documentId: id,
    }
    return { document, object }
  }

  /** Everything a user could observe of a document's ingestion. */
  const state = async (documentId: string) => ({
    document: (await ports.documents.get(workspaceId, documentId)) as DocumentRecord,
    chunks: ports.documents.chunksOf(workspaceId, documentId),
    vectorIds: ports.vectors.ids(workspaceId).filter((id) => id.startsWith(`${documentId}:`)),
    lexicalIds: ports.lexical.ids(workspaceId).filter((id) => id.startsWith(`${documentId}:`)),
  })

  return { ports, runner, upload, state }
}
