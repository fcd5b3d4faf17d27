import { costOf, type PriceTable } from '../chat/prices'
import type { WorkflowNodeRun, WorkflowNodeUsage } from '../ports/workflow-execution-repository'

/** Node outputs above this much JSON are not kept on the run record (the execution has them). */
export const nodeRunOutputLimitBytes = 32 * 1024

/** The execution id (its Step Functions name) of an execution ARN (`$$.Execution.Id`). */
export const executionIdOf = (executionArn: string): string =>
  executionArn.slice(executionArn.lastIndexOf(':') + 1)

/** An output as the run record keeps it: as is when small, else only marked truncated. */
export function keptOutput(output: unknown): Pick<WorkflowNodeRun, 'output' | 'outputTruncated'> {
  const size = Buffer.byteLength(JSON.stringify(output ?? null))
  return size <= nodeRunOutputLimitBytes ? { output } : { outputTruncated: true }
}

interface StepUsage {
  provider?: string
  modelId: string
  inputTokens: number
  outputTokens: number
}

const isUsage = (value: unknown): value is StepUsage =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StepUsage).modelId === 'string' &&
  typeof (value as StepUsage).inputTokens === 'number' &&
  typeof (value as StepUsage).outputTokens === 'number'

/** The tokens an llm or agent node's output reports (`usage`), priced when the price is known. */
export function usageOf(
  output: Record<string, unknown>,
  prices?: PriceTable,
): WorkflowNodeUsage | undefined {
  const usage = output.usage
  if (!isUsage(usage)) return undefined
  const { modelId, inputTokens, outputTokens } = usage
  const costUsd = costOf(usage.provider ?? '', modelId, { inputTokens, outputTokens }, prices)
  return { modelId, inputTokens, outputTokens, ...(costUsd === undefined ? {} : { costUsd }) }
}

/** The execution's totals over its node runs: tokens, and cost when every priced run had one. */
export function totalsOf(runs: readonly WorkflowNodeRun[]) {
  let inputTokens = 0
  let outputTokens = 0
  let costUsd = 0
  let unpriced = false
  for (const run of runs) {
    if (!run.usage) continue
    inputTokens += run.usage.inputTokens
    outputTokens += run.usage.outputTokens
    if (run.usage.costUsd === undefined) unpriced = true
    else costUsd += run.usage.costUsd
  }
  return {
    tokens: { input: inputTokens, output: outputTokens, total: inputTokens + outputTokens },
    ...(unpriced ? {} : { costUsd: Math.round(costUsd * 1e6) / 1e6 }),
  }
}
