import { type AppDependencies, reportWithRun, type TestUser } from '@chatter/api/testing'
import type { Workspace } from '@chatter/core'

interface Seed {
  a: Workspace
  b: Workspace
  owner: TestUser
  other: TestUser
  now: number
  doc: string
  spare: string
}

/**
 * The rest of workspace A: a document job, an export and an import of the owner, a running
 * experiment, a weekly report with a finished run and its file, and a webhook endpoint with a
 * failed delivery (B gets an endpoint of its own, so B is not empty).
 */
export async function seedJobsAndReports(deps: AppDependencies, seed: Seed) {
  const { a, b, owner, other, now, doc, spare } = seed
  const at = new Date(now).toISOString()
  const job = await deps.knowledge.jobs.create({
    id: 'job_a',
    workspaceId: a.id,
    action: 'tag',
    documentIds: [doc],
    tags: ['guides'],
    status: 'succeeded',
    progress: { done: 1, failed: 0, total: 1 },
    errors: [],
    createdBy: owner.user.id,
  })
  const exportJob = await deps.exportJobs.create({
    id: 'exp_a',
    workspaceId: a.id,
    scope: 'workspace',
    format: 'json',
    status: 'succeeded',
    progress: { done: 11, total: 11 },
    createdBy: owner.user.id,
    blobKey: `exports/${a.id}/exp_a.zip`,
  })
  const importJob = await deps.importJobs.create({
    id: 'imp_a',
    workspaceId: a.id,
    source: 'chatgpt',
    filename: 'export.zip',
    kind: 'zip',
    size: 2048,
    status: 'queued',
    progress: { done: 0, total: 0 },
    createdBy: owner.user.id,
    blobKey: `imports/${a.id}/imp_a`,
  })
  const experiment = await deps.experiments.create({
    id: 'xpr_running',
    workspaceId: a.id,
    name: 'Faster',
    target: { profileId: spare },
    variants: [
      { key: 'control', weight: 1, overrides: {} },
      { key: 'fast', weight: 1, overrides: { modelId: 'fast' } },
    ],
    metric: 'feedback',
    status: 'draft',
    createdBy: owner.user.id,
  })
  await deps.experiments.transition(a.id, experiment.id, 1, { status: 'running', slot: 'claim' })
  const report = await reportWithRun(deps, a.id, owner.user.id, now)
  const webhook = (id: string, workspaceId: string, createdBy: string) =>
    deps.webhooks.endpoints.create({
      id,
      workspaceId,
      url: `https://hooks.example.com/${id}`,
      events: ['*'],
      enabled: true,
      encryptedSecret: 'sealed',
      createdBy,
    })
  const whk = await webhook('whk_a', a.id, owner.user.id)
  await webhook('whk_b', b.id, other.user.id)
  const whd = 'evt_a:whk_a'
  await deps.webhooks.deliveries.put({
    id: whd,
    workspaceId: a.id,
    endpointId: whk.id,
    eventType: 'member.added',
    payload: { id: 'evt_a', type: 'member.added', workspaceId: a.id, occurredAt: at, data: {} },
    status: 'failed',
    attempts: 6,
    tries: 6,
    lastStatusCode: 500,
    createdAt: at,
    updatedAt: at,
  })
  return {
    job: job.id,
    exp: exportJob.id,
    imp: importJob.id,
    xpr: experiment.id,
    rep: report.id,
    rrun: 'rpr_a',
    whk: whk.id,
    whd,
  }
}
