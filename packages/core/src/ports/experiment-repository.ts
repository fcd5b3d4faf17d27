import type { Page, PageRequest } from '../pagination'
import type { ModelProvider } from './chat-model'

export const experimentStatuses = ['draft', 'running', 'paused', 'completed'] as const
export type ExperimentStatus = (typeof experimentStatuses)[number]

/** Built-in primary metrics; any other name is a custom event (`POST .../events`). */
export const builtInExperimentMetrics = ['feedback', 'latency', 'tokens', 'cost'] as const

/** What a variant changes about an answer, on top of what the conversation resolves to. */
export interface VariantOverrides {
  /** A prompt template rendered (with its defaults) as the system prompt. */
  promptId?: string
  systemPrompt?: string
  provider?: ModelProvider
  modelId?: string
  temperature?: number
  topP?: number
  maxTokens?: number
}

export interface ExperimentVariant {
  key: string
  /** A positive integer: the variant's share is its weight over the sum of weights. */
  weight: number
  overrides: VariantOverrides
}

/**
 * Which answers an experiment applies to: those of conversations with this profile and/or this
 * agent; neither: every answer in the workspace.
 */
export interface ExperimentTarget {
  profileId?: string
  agentId?: string
}

/** The settings a draft can change. */
export interface ExperimentSettings {
  name: string
  description?: string
  target: ExperimentTarget
  /** 2-6 variants; the first is the control. */
  variants: ExperimentVariant[]
  /** The primary metric: 'feedback' | 'latency' | 'tokens' | 'cost' | a custom event name. */
  metric: string
}

export interface Experiment extends ExperimentSettings {
  id: string
  workspaceId: string
  status: ExperimentStatus
  startedAt?: string
  endedAt?: string
  createdBy: string
  createdAt: string
  updatedAt: string
  /** 1 when created, +1 on every change (optimistic concurrency). */
  version: number
}

/** What a status change sets. */
export interface ExperimentTransition {
  status: ExperimentStatus
  startedAt?: string
  endedAt?: string
  /**
   * The experiment's target has one running slot: `claim` takes it (`resource.conflict` when
   * another experiment holds it), `release` frees it, `keep` leaves it.
   */
  slot: 'claim' | 'release' | 'keep'
}

/** Sums of one numeric measure, enough for a mean and a variance. */
export interface MeasureSums {
  count: number
  sum: number
  sumSq: number
}

/** The counters of one variant, changed only by atomic additions. */
export interface VariantCounters {
  variant: string
  /** Users assigned to the variant. */
  users: number
  /** Answers given under the variant. */
  answers: number
  latency: MeasureSums
  tokens: MeasureSums
  cost: MeasureSums
  feedbackUp: number
  feedbackDown: number
  /** Custom events by name: how many, and the sums of their values (when given). */
  events: Record<string, { count: number; values: MeasureSums }>
}

/** An addition to a variant's counters (absent fields add nothing). */
export interface CounterDelta {
  users?: number
  answers?: number
  latency?: number
  tokens?: number
  cost?: number
  feedbackUp?: number
  feedbackDown?: number
  event?: { name: string; value?: number }
}

export interface ExperimentRepository {
  /** Stores version 1 (`resource.conflict` for a taken id). */
  create(experiment: Omit<Experiment, 'version' | 'createdAt' | 'updatedAt'>): Promise<Experiment>
  get(workspaceId: string, id: string): Promise<Experiment | undefined>
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<Experiment>>
  /** Replaces the settings if the version is still `expectedVersion` (else `resource.conflict`). */
  update(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    settings: ExperimentSettings,
  ): Promise<Experiment>
  /**
   * Changes the status if the version is still `expectedVersion`, claiming or releasing the
   * target's running slot in the same atomic write (`resource.conflict` when either fails).
   */
  transition(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    transition: ExperimentTransition,
  ): Promise<Experiment>
  /** The workspace's running experiments (one per target at most). */
  running(workspaceId: string): Promise<Experiment[]>
  /** Deletes the experiment with its assignments and counters; false when there was none. */
  delete(workspaceId: string, id: string): Promise<boolean>
  /** The user's stored variant, if assigned. */
  assignment(workspaceId: string, experimentId: string, userId: string): Promise<string | undefined>
  /**
   * Stores the user's variant unless one is stored already; resolves the stored one (the first
   * writer wins a race) and whether this call stored it.
   */
  assign(
    workspaceId: string,
    experimentId: string,
    userId: string,
    variant: string,
  ): Promise<{ variant: string; created: boolean }>
  addCounters(
    workspaceId: string,
    experimentId: string,
    variant: string,
    delta: CounterDelta,
  ): Promise<void>
  /**
   * Saves a message's rating (null: withdrawn) and resolves the one it replaces, so feedback
   * counters move instead of double counting.
   */
  swapRating(
    workspaceId: string,
    experimentId: string,
    messageId: string,
    rating: 'up' | 'down' | null,
  ): Promise<'up' | 'down' | null>
  /** Every variant's counters (variants never counted are absent). */
  counters(workspaceId: string, experimentId: string): Promise<VariantCounters[]>
}
