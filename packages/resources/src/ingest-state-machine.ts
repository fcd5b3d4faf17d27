import type { RetryRule, StateMachineDefinition } from './asl'
import { stateMachines } from './resources'

/** The steps the ingest-step function performs; each Task passes its step name as `step`. */
export const ingestSteps = ['extract', 'embedBatch', 'finalize', 'markFailed'] as const
export type IngestStep = (typeof ingestSteps)[number]

/**
 * Name a thrown error `TransientError` to have the step retried; anything else (an encrypted
 * PDF, say) is permanent and goes straight to MarkFailed instead of being retried for nothing.
 */
export const transientErrorName = 'TransientError'

const retryTransient: RetryRule[] = [
  {
    ErrorEquals: [
      transientErrorName,
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
    ],
    IntervalSeconds: 2,
    MaxAttempts: 3,
    BackoffRate: 2,
  },
]
const toFailure = [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'MarkFailed' }]

/**
 * The large-document pipeline: extract -> Map over chunk batches (embed + upsert, bounded
 * concurrency) -> finalize; any failure marks the document failed with its reason.
 * Every Task invokes the same function (`taskResource`) with `{ step, ... }` as its payload.
 * Input: `{ document: { workspaceId, documentId, ... } }`.
 */
export function ingestStateMachine(taskResource: string): StateMachineDefinition {
  return {
    Comment: 'Ingest one large document: extract, embed and upsert chunk batches, finalize.',
    StartAt: 'Extract',
    TimeoutSeconds: stateMachines.ingest.timeoutSeconds,
    States: {
      Extract: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'extract', 'document.$': '$.document' },
        ResultPath: '$.extracted',
        Retry: retryTransient,
        Catch: toFailure,
        Next: 'EmbedBatches',
      },
      EmbedBatches: {
        Type: 'Map',
        ItemsPath: '$.extracted.batches',
        ItemSelector: { 'document.$': '$.document', 'batch.$': '$$.Map.Item.Value' },
        MaxConcurrency: 4,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'EmbedBatch',
          States: {
            EmbedBatch: {
              Type: 'Task',
              Resource: taskResource,
              Parameters: { step: 'embedBatch', 'document.$': '$.document', 'batch.$': '$.batch' },
              Retry: retryTransient,
              End: true,
            },
          },
        },
        ResultPath: '$.batches',
        Catch: toFailure,
        Next: 'Finalize',
      },
      Finalize: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'finalize', 'document.$': '$.document', 'batches.$': '$.batches' },
        Retry: retryTransient,
        Catch: toFailure,
        End: true,
      },
      MarkFailed: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'markFailed', 'document.$': '$.document', 'error.$': '$.error' },
        Retry: retryTransient,
        Next: 'Failed',
      },
      Failed: {
        Type: 'Fail',
        Error: 'IngestionFailed',
        Cause: 'The document could not be ingested.',
      },
    },
  }
}
