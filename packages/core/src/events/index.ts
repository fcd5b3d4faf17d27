// Platform events: what happened in a workspace, fanned out to counters, webhooks, experiments.
export * from './publish'
