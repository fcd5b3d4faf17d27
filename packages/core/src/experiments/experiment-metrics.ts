import type { ExperimentRepository } from '../ports/experiment-repository'
import type { PlatformEvents } from '../ports/platform-events'

/**
 * The platform-event subscriber that counts experiment metrics per (experiment, variant):
 *
 * - `message.created` of a complete answer shaped by a variant: one answer, its latency, its
 *   tokens (input + output) and, when the model has a price, its cost. Failed or interrupted
 *   answers are not counted (their latency and tokens describe the failure, not the variant).
 * - `message.feedback` on such an answer: the rating moves the up/down counters, replacing the
 *   answer's earlier rating (a changed mind moves one count, the same rating twice counts once,
 *   a withdrawn rating uncounts).
 *
 * Every count is an atomic addition, so concurrent answers never lose one. Errors propagate:
 * the runtime's event delivery retries.
 * @example const events = fanOutEvents(experimentMetrics({ experiments: stores.experiments }))
 */
export function experimentMetrics(ports: {
  experiments: Pick<ExperimentRepository, 'addCounters' | 'swapRating'>
}): PlatformEvents {
  return {
    async publish(event) {
      if (event.type === 'message.created') {
        const { data } = event
        if (!data.experiment || data.status !== 'complete') return
        await ports.experiments.addCounters(
          event.workspaceId,
          data.experiment.id,
          data.experiment.variant,
          {
            answers: 1,
            latency: data.latencyMs,
            tokens: data.inputTokens + data.outputTokens,
            ...(data.costUsd === undefined ? {} : { cost: data.costUsd }),
          },
        )
      } else if (event.type === 'message.feedback') {
        const { data } = event
        if (!data.experiment) return
        const { id, variant } = data.experiment
        const previous = await ports.experiments.swapRating(
          event.workspaceId,
          id,
          data.messageId,
          data.rating,
        )
        if (previous === data.rating) return
        const key = (rating: 'up' | 'down') => (rating === 'up' ? 'feedbackUp' : 'feedbackDown')
        await ports.experiments.addCounters(event.workspaceId, id, variant, {
          ...(data.rating ? { [key(data.rating)]: 1 } : {}),
          ...(previous ? { [key(previous)]: -1 } : {}),
        })
      }
    },
  }
}
