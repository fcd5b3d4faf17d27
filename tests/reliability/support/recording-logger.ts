import { Logger } from '@aws-lambda-powertools/logger'
import type { Context } from 'aws-lambda'

/** One `info` line a handler wrote, and the Lambda invocation it belongs to. */
export interface LoggedLine {
  message: string
  attributes: Record<string, unknown>
  /** The `awsRequestId` of the invocation the line was written in (one SQS batch). */
  invocation: string | undefined
}

/**
 * A silent Powertools logger that keeps every `info` line. The local stack hands its logger to
 * the same handlers Lambda runs, and their log lines are what an operator sees in CloudWatch, so
 * a test can tell from them which SQS records each invocation received, as an operator would.
 * The event-source poller runs one invocation at a time, so the last context set names it.
 */
export class RecordingLogger extends Logger {
  readonly lines: LoggedLine[] = []
  #invocation: string | undefined

  constructor() {
    super({ serviceName: 'chatter-reliability', logLevel: 'SILENT' })
  }

  override addContext(context: Context): void {
    this.#invocation = context.awsRequestId
    super.addContext(context)
  }

  override info(input: unknown, ...extra: unknown[]): void {
    const attributes = Object.assign({}, ...extra.filter((e) => typeof e === 'object'))
    if (typeof input === 'string')
      this.lines.push({ message: input, attributes, invocation: this.#invocation })
    super.info(input as string, ...(extra as Record<string, unknown>[]))
  }

  /** The lines with `message`. */
  linesOf(message: string): LoggedLine[] {
    return this.lines.filter((line) => line.message === message)
  }
}
