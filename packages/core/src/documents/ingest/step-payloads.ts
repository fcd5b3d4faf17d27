import { z } from 'zod'

/** The steps of the large-document state machine (`@chatter/resources`' `ingestSteps`). */
export const ingestStepNames = ['extract', 'embedBatch', 'finalize', 'markFailed'] as const
export type IngestStepName = (typeof ingestStepNames)[number]

/** Chunk indexes `[from, to)`: one Map item of the state machine. */
export const chunkBatchSchema = z
  .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
  .refine((batch) => batch.to >= batch.from, { message: 'to must not be below from' })

/** What every Task of the ingest state machine sends (see `ingestStateMachine`). */
export const ingestStepPayloadSchema = z.object({
  step: z.enum(ingestStepNames),
  document: z.object({ workspaceId: z.string().min(1), documentId: z.string().min(1) }).loose(),
  /** EmbedBatch: the batch of this Map item. */
  batch: chunkBatchSchema.optional(),
  /** Finalize: what every EmbedBatch returned. */
  batches: z.array(chunkBatchSchema).optional(),
  /** MarkFailed: what the Catch caught (`Cause` is Lambda's JSON or plain text). */
  error: z
    .object({ Error: z.string().optional(), Cause: z.string().optional() })
    .loose()
    .optional(),
})

export type IngestStepPayload = z.output<typeof ingestStepPayloadSchema>

/** The work behind each step of the state machine. */
export type IngestSteps = Record<IngestStepName, (payload: IngestStepPayload) => Promise<unknown>>
