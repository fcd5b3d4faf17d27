import type {
  WorkflowApprovalView as Approval,
  WorkflowExecution,
  WorkflowExecutionDetails,
  WorkflowNodeRun,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/** Request and response schemas of workflow executions (`/v1/workflows/.../executions`). */

const Input = z.record(z.string(), z.unknown()).openapi({
  description: 'The workflow input: a JSON object matching its inputSchema (at most 200 KB)',
  example: { question: 'How long do refunds take?' },
})

export const StartExecutionBody = z
  .object({
    input: Input.optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'A saved version to run; default the current one' }),
  })
  .openapi('StartWorkflowExecution')

export const StartTemplateExecutionBody = z
  .object({ input: Input.optional() })
  .openapi('StartTemplateExecution', {
    example: { input: { documentId: 'doc_3k9q2m8x7v6c5b4n1p0z' } },
  })

export const ApproveBody = z
  .object({
    approvalId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'Which pending approval; optional while only one is pending' }),
    approved: z
      .boolean()
      .optional()
      .openapi({ description: 'Default true; false rejects (the node fails: ApprovalRejected)' }),
    comment: z.string().max(2000).optional(),
  })
  .openapi('WorkflowApprovalDecision')

export const ExecutionStatus = z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED'])

export const ExecutionListQuery = z.object({
  workflowId: z.string().max(64).optional(),
  status: ExecutionStatus.optional(),
})

const Trigger = z.union([
  z.object({ type: z.literal('api') }),
  z.object({ type: z.literal('schedule'), cron: z.string(), scheduledAt: z.string() }),
  z.object({
    type: z.literal('event'),
    event: z.literal('document.ready'),
    documentId: z.string().optional(),
  }),
])

export const WorkflowExecutionView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    workflowId: z.string().optional(),
    workflowVersion: z.number().int().optional(),
    templateId: z.string().optional(),
    workflowName: z.string(),
    status: ExecutionStatus,
    input: z.unknown(),
    output: z
      .unknown()
      .optional()
      .openapi({ description: 'Each node’s output by node id, once SUCCEEDED' }),
    outputTruncated: z.boolean().optional(),
    error: z.string().optional(),
    cause: z.string().optional(),
    startedBy: z.string(),
    trigger: Trigger,
    startedAt: z.string(),
    stoppedAt: z.string().optional(),
  })
  .openapi('WorkflowExecution')

const Usage = z.object({
  modelId: z.string(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number().optional(),
})

const NodeRunView = z
  .object({
    id: z.string(),
    nodeId: z.string(),
    nodeType: z.string(),
    status: z.enum(['succeeded', 'failed', 'waiting']),
    index: z.number().int().optional().openapi({ description: 'The map iteration' }),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
    durationMs: z.number().int().optional(),
    output: z.unknown().optional(),
    outputTruncated: z.boolean().optional(),
    error: z.object({ name: z.string(), message: z.string() }).optional(),
    usage: Usage.optional(),
  })
  .openapi('WorkflowNodeRun')

const ApprovalView = z
  .object({
    id: z.string(),
    nodeId: z.string(),
    message: z.string(),
    status: z.enum(['pending', 'approved', 'rejected', 'expired', 'cancelled']),
    requestedAt: z.string(),
    expiresAt: z.string(),
    decidedAt: z.string().optional(),
    decidedBy: z.string().optional(),
    comment: z.string().optional(),
  })
  .openapi('WorkflowApproval')

export const WorkflowExecutionDetailsView = WorkflowExecutionView.extend({
  nodes: z.array(NodeRunView).openapi({ description: 'Every node run, retries included' }),
  approvals: z.array(ApprovalView),
  tokens: z.object({ input: z.number().int(), output: z.number().int(), total: z.number().int() }),
  costUsd: z.number().optional().openapi({ description: 'Absent when a model’s price is unknown' }),
}).openapi('WorkflowExecutionDetails')

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

// Views name their fields one by one, so nothing stored (task tokens, ARNs) leaks by accident.
export const executionView = (
  execution: WorkflowExecution,
): z.infer<typeof WorkflowExecutionView> =>
  defined({
    id: execution.id,
    workspaceId: execution.workspaceId,
    workflowId: execution.workflowId,
    workflowVersion: execution.workflowVersion,
    templateId: execution.templateId,
    workflowName: execution.workflowName,
    status: execution.status,
    input: execution.input,
    output: execution.output,
    outputTruncated: execution.outputTruncated,
    error: execution.error,
    cause: execution.cause,
    startedBy: execution.startedBy,
    trigger: execution.trigger,
    startedAt: execution.startedAt,
    stoppedAt: execution.stoppedAt,
  })

const nodeRunView = (run: WorkflowNodeRun): z.infer<typeof NodeRunView> =>
  defined({
    id: run.id,
    nodeId: run.nodeId,
    nodeType: run.nodeType,
    status: run.status,
    index: run.index,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    durationMs: run.durationMs,
    output: run.output,
    outputTruncated: run.outputTruncated,
    error: run.error,
    usage: run.usage,
  })

const approvalView = (approval: Approval): z.infer<typeof ApprovalView> =>
  defined({
    id: approval.id,
    nodeId: approval.nodeId,
    message: approval.message,
    status: approval.status,
    requestedAt: approval.requestedAt,
    expiresAt: approval.expiresAt,
    decidedAt: approval.decidedAt,
    decidedBy: approval.decidedBy,
    comment: approval.comment,
  })

export const executionDetailsView = (
  details: WorkflowExecutionDetails,
): z.infer<typeof WorkflowExecutionDetailsView> =>
  defined({
    ...executionView(details),
    nodes: details.nodes.map(nodeRunView),
    approvals: details.approvals.map(approvalView),
    tokens: details.tokens,
    costUsd: details.costUsd,
  })
