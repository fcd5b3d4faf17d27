import { describe, expect, it, vi } from 'vitest'
import { documentTeam } from './document-team'
import { runDocumentJobCommand } from './run-job-command'
import { startDocumentJob } from './start-job'

/** A tag job over `count` documents, and an invocation whose clock each tag change advances. */
async function tagJob(count: number, options: { startMs: number; perDocumentMs: number }) {
  const t = await documentTeam()
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push((await t.seed()).id)
  const job = await startDocumentJob(t, await t.as(t.member), {
    action: 'tag',
    documentIds: ids,
    tags: ['x'],
  })
  let remaining = options.startMs
  const update = t.documents.update.bind(t.documents)
  const spy = vi.spyOn(t.documents, 'update').mockImplementation(async (...args) => {
    remaining -= options.perDocumentMs
    return update(...args)
  })
  const attempt = (finalAttempt = false, receiveCount = 1) => ({
    receiveCount,
    finalAttempt,
    remainingMs: () => remaining,
  })
  const command = { kind: 'documentJob.run' as const, workspaceId: t.workspace.id, jobId: job.id }
  const runs = () => t.queue.sent.filter((m) => (m as { kind: string }).kind === 'documentJob.run')
  return { ...t, ids, job, command, attempt, spy, update, runs }
}

describe('runDocumentJobCommand', () => {
  it('stops with 60 s of the invocation left and queues the rest', async () => {
    const t = await tagJob(5, { startMs: 200_000, perDocumentMs: 50_000 })
    expect(await runDocumentJobCommand(t, t.command, t.attempt())).toMatchObject({
      status: 'queued',
      progress: { done: 3, failed: 0, total: 5 },
    })
    expect(t.runs()).toHaveLength(2)
  })

  it('leaves half of a short invocation, so it still handles several documents', async () => {
    const t = await tagJob(5, { startMs: 40_000, perDocumentMs: 15_000 })
    expect(await runDocumentJobCommand(t, t.command, t.attempt())).toMatchObject({
      progress: { done: 2 },
    })
  })

  it('on the final attempt marks the job failed, saying where and why it stopped, then rethrows', async () => {
    const t = await tagJob(3, { startMs: Number.POSITIVE_INFINITY, perDocumentMs: 0 })
    t.spy.mockRejectedValue(new Error('Rate exceeded\n    at send (client.js:10:5)'))
    await expect(runDocumentJobCommand(t, t.command, t.attempt(true, 5))).rejects.toThrow(
      'Rate exceeded',
    )
    expect(await t.jobs.get(t.workspace.id, t.job.id)).toMatchObject({
      status: 'failed',
      progress: { done: 0, failed: 0, total: 3 },
      errors: [
        {
          documentId: t.ids[0],
          message: 'The job stopped after 5 attempts at this document: Rate exceeded',
        },
      ],
      finishedAt: expect.any(String),
    })
  })

  it('before the final attempt rethrows and leaves the job queued for the redelivery', async () => {
    const t = await tagJob(3, { startMs: Number.POSITIVE_INFINITY, perDocumentMs: 0 })
    t.spy.mockRejectedValueOnce(new Error('Rate exceeded'))
    await expect(runDocumentJobCommand(t, t.command, t.attempt(false, 1))).rejects.toThrow()
    const stopped = await t.jobs.get(t.workspace.id, t.job.id)
    expect(stopped).toMatchObject({ status: 'queued', errors: [] })
    expect(stopped?.finishedAt).toBeUndefined()
    expect(await runDocumentJobCommand(t, t.command, t.attempt(false, 2))).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 0, total: 3 },
    })
  })

  it('holds the job until its invocation ends: a delivery meanwhile leaves it alone', async () => {
    const t = await tagJob(2, { startMs: 120_000, perDocumentMs: 0 })
    let duplicate: unknown
    t.spy.mockImplementationOnce(async (...args) => {
      duplicate = await runDocumentJobCommand(t, t.command, t.attempt())
      return t.update(...args)
    })
    const before = Date.now()
    const done = await runDocumentJobCommand(t, t.command, t.attempt())
    expect(duplicate).toMatchObject({ status: 'running', progress: { done: 0 } })
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 2, failed: 0 } })
    const lease = Date.parse(done?.leaseExpiresAt ?? '')
    expect(lease).toBeGreaterThanOrEqual(before + 120_000)
    expect(lease).toBeLessThan(Date.now() + 120_000 + 1)
  })
})
