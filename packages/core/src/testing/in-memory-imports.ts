import type { PageRequest } from '../pagination'
import type {
  ImportJob,
  ImportJobChanges,
  ImportJobRepository,
  ImportJobStatus,
  NewImportJob,
} from '../ports/import-job-repository'
import { conflict, paginate } from './paginate'

const key = (workspaceId: string, id: string) => `${workspaceId}/${id}`

/** In-memory import jobs; `ifStatus` updates are atomic as DynamoDB's conditional writes are. */
export class InMemoryImportJobs implements ImportJobRepository {
  readonly byKey = new Map<string, ImportJob>()

  async create(input: NewImportJob) {
    const k = key(input.workspaceId, input.id)
    if (this.byKey.has(k)) throw conflict('An import with this id already exists.')
    const now = new Date().toISOString()
    const job = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(k, job)
    return structuredClone(job)
  }

  async get(workspaceId: string, id: string) {
    const job = this.byKey.get(key(workspaceId, id))
    return job && structuredClone(job)
  }

  async listOf(workspaceId: string, userId: string, page: PageRequest) {
    const mine = [...this.byKey.values()]
      .filter((job) => job.workspaceId === workspaceId && job.createdBy === userId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    return paginate(
      mine.map((job) => structuredClone(job)),
      page,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: ImportJobChanges,
    options: { ifStatus?: readonly ImportJobStatus[] } = {},
  ) {
    const job = this.byKey.get(key(workspaceId, id))
    if (!job) return undefined
    if (options.ifStatus && !options.ifStatus.includes(job.status)) return undefined
    Object.assign(job, structuredClone(changes), { updatedAt: new Date().toISOString() })
    return structuredClone(job)
  }

  /** What a workspace deletion does to its imports. */
  removeWorkspace(workspaceId: string) {
    for (const [k, job] of this.byKey) if (job.workspaceId === workspaceId) this.byKey.delete(k)
  }
}
