import type { Acting } from '../audit/acting'
import type {
  Experiment,
  ExperimentRepository,
  MeasureSums,
  VariantCounters,
} from '../ports/experiment-repository'
import { getExperiment } from './read-experiments'
import {
  type Interval,
  meanInterval,
  normalCdf,
  twoProportionZTest,
  welchTTest,
  wilsonInterval,
} from './stats'

/** Below this p-value a difference from the control is called significant. */
export const significanceLevel = 0.05

/** A test against the control (absent for the control itself, or with too little data). */
export interface Comparison {
  pValue: number
  significant: boolean
}

export interface MeasureResult {
  n: number
  mean: number | null
  ci95: Interval | null
  /** Welch's t-test against the control. */
  vsControl: Comparison | null
}

export interface FeedbackResult {
  up: number
  down: number
  /** Rated answers. */
  n: number
  positiveRate: number | null
  /** Wilson score interval. */
  ci95: Interval | null
  /** Pooled two-proportion z-test against the control. */
  vsControl: Comparison | null
}

export interface EventResult {
  count: number
  /** Events per assigned user. */
  perUser: number | null
  /** Poisson rate z-test of events per user against the control. */
  vsControl: Comparison | null
  /** The mean of the values given with the events (none given: null). */
  value: MeasureResult | null
}

export interface VariantResult {
  key: string
  control: boolean
  users: number
  /** Answers given under the variant. */
  n: number
  latencyMs: MeasureResult
  tokens: MeasureResult
  costUsd: MeasureResult
  feedback: FeedbackResult
  events: Record<string, EventResult>
}

export interface ExperimentResults {
  experimentId: string
  status: Experiment['status']
  metric: string
  significanceLevel: number
  variants: VariantResult[]
  /** The primary metric's comparisons: which variants differ significantly from the control. */
  primary: { metric: string; significantVariants: string[] }
}

const emptySums = (): MeasureSums => ({ count: 0, sum: 0, sumSq: 0 })

const emptyCounters = (variant: string): VariantCounters => ({
  variant,
  users: 0,
  answers: 0,
  latency: emptySums(),
  tokens: emptySums(),
  cost: emptySums(),
  feedbackUp: 0,
  feedbackDown: 0,
  events: {},
})

const compared = (pValue: number | undefined): Comparison | null =>
  pValue === undefined ? null : { pValue, significant: pValue < significanceLevel }

function measure(sums: MeasureSums, control: MeasureSums | undefined): MeasureResult {
  const found = meanInterval(sums.count, sums.sum, sums.sumSq)
  const base = control && meanInterval(control.count, control.sum, control.sumSq)
  const test =
    found && base
      ? welchTTest(
          { n: sums.count, mean: found.mean, variance: found.variance },
          { n: control.count, mean: base.mean, variance: base.variance },
        )
      : undefined
  return {
    n: sums.count,
    mean: found?.mean ?? null,
    ci95: found?.ci95 ?? null,
    vsControl: compared(test?.pValue),
  }
}

function feedback(counters: VariantCounters, control: VariantCounters | undefined): FeedbackResult {
  const n = counters.feedbackUp + counters.feedbackDown
  const test = control
    ? twoProportionZTest(
        { successes: counters.feedbackUp, n },
        { successes: control.feedbackUp, n: control.feedbackUp + control.feedbackDown },
      )
    : undefined
  return {
    up: counters.feedbackUp,
    down: counters.feedbackDown,
    n,
    positiveRate: n > 0 ? counters.feedbackUp / n : null,
    ci95: wilsonInterval(counters.feedbackUp, n),
    vsControl: compared(test?.pValue),
  }
}

/** Large-sample z-test of two Poisson rates (events per user): var(rate) = count / users². */
function rateTest(a: { count: number; users: number }, b: { count: number; users: number }) {
  if (a.users <= 0 || b.users <= 0) return undefined
  const se = Math.sqrt(a.count / a.users ** 2 + b.count / b.users ** 2)
  if (se === 0) return undefined
  const z = (a.count / a.users - b.count / b.users) / se
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))))
}

function events(counters: VariantCounters, control: VariantCounters | undefined, names: string[]) {
  const result: Record<string, EventResult> = {}
  for (const name of names) {
    const mine = counters.events[name] ?? { count: 0, values: emptySums() }
    const theirs = control?.events[name] ?? { count: 0, values: emptySums() }
    result[name] = {
      count: mine.count,
      perUser: counters.users > 0 ? mine.count / counters.users : null,
      vsControl: control
        ? compared(
            rateTest(
              { count: mine.count, users: counters.users },
              { count: theirs.count, users: control.users },
            ),
          )
        : null,
      value: mine.values.count > 0 ? measure(mine.values, control && theirs.values) : null,
    }
  }
  return result
}

/** Which result of a variant the primary metric reads. */
function primaryComparison(variant: VariantResult, metric: string): Comparison | null {
  switch (metric) {
    case 'feedback':
      return variant.feedback.vsControl
    case 'latency':
      return variant.latencyMs.vsControl
    case 'tokens':
      return variant.tokens.vsControl
    case 'cost':
      return variant.costUsd.vsControl
    default:
      return variant.events[metric]?.vsControl ?? null
  }
}

/** Computes the results from the counters of each variant (pure; the first is the control). */
export function resultsOf(experiment: Experiment, counters: VariantCounters[]): ExperimentResults {
  const byKey = new Map(counters.map((c) => [c.variant, c]))
  const all = experiment.variants.map((v) => byKey.get(v.key) ?? emptyCounters(v.key))
  const control = all[0]
  const builtIn = ['feedback', 'latency', 'tokens', 'cost']
  const names = [
    ...new Set([
      ...(builtIn.includes(experiment.metric) ? [] : [experiment.metric]),
      ...all.flatMap((c) => Object.keys(c.events)),
    ]),
  ].sort()
  const variants = all.map((counters, index): VariantResult => {
    const base = index === 0 ? undefined : control
    return {
      key: counters.variant,
      control: index === 0,
      users: counters.users,
      n: counters.answers,
      latencyMs: measure(counters.latency, base?.latency),
      tokens: measure(counters.tokens, base?.tokens),
      costUsd: measure(counters.cost, base?.cost),
      feedback: feedback(counters, base),
      events: events(counters, base, names),
    }
  })
  return {
    experimentId: experiment.id,
    status: experiment.status,
    metric: experiment.metric,
    significanceLevel,
    variants,
    primary: {
      metric: experiment.metric,
      significantVariants: variants
        .filter((v) => primaryComparison(v, experiment.metric)?.significant)
        .map((v) => v.key),
    },
  }
}

/**
 * An experiment's results per variant (`read`): answers, mean and 95% t interval of latency,
 * tokens and cost with Welch's t-test against the control; the positive feedback rate with its
 * Wilson interval and a two-proportion z-test; custom events per user (Poisson rate z-test)
 * and the mean of their values. `significant` means p < 0.05, one comparison at a time (no
 * correction for several variants or for peeking while it runs).
 */
export async function getExperimentResults(
  ports: { experiments: Pick<ExperimentRepository, 'get' | 'counters'> },
  acting: Pick<Acting, 'access'>,
  input: { experimentId: string },
): Promise<ExperimentResults> {
  const experiment = await getExperiment(ports, acting, input)
  const counters = await ports.experiments.counters(experiment.workspaceId, experiment.id)
  return resultsOf(experiment, counters)
}
