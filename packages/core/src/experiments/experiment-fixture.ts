import type { Acting } from '../audit/acting'
import type { ExperimentVariant } from '../ports/experiment-repository'
import { team } from '../workspaces/team-fixture'
import {
  createExperiment,
  type ExperimentWritePorts,
  type NewExperimentInput,
} from './write-experiments'

/** Two variants, the control first, each with a model of its own. */
export const twoModels: ExperimentVariant[] = [
  { key: 'control', weight: 1, overrides: {} },
  { key: 'fast', weight: 1, overrides: { modelId: 'fast-model', temperature: 0.2 } },
]

/** The team workspace with the experiment use cases' ports (in-memory stores). */
export async function experimentWorld() {
  const t = await team()
  const ports: ExperimentWritePorts & { experiments: typeof t.experiments } = {
    experiments: t.experiments,
    profiles: t.profiles,
    agents: t.agents,
    prompts: t.prompts,
    audit: t.audit,
    workspaces: t.workspaces,
  }
  const owner = await t.as(t.owner)
  const draft = (input: Partial<NewExperimentInput> = {}, acting: Acting = owner) =>
    createExperiment(ports, acting, {
      name: 'Fast model',
      variants: twoModels,
      metric: 'feedback',
      ...input,
    })
  return { ...t, ports, ownerActs: owner, draft }
}
