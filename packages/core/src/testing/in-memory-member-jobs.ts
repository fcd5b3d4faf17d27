import type { PageRequest } from '../pagination'
import { conflict, paginate } from './paginate'

/** What export and import jobs share: a workspace, an owner, a status, times. */
interface MemberJob<S extends string> {
  id: string
  workspaceId: string
  createdBy: string
  status: S
  createdAt: string
  updatedAt: string
}

const key = (workspaceId: string, id: string) => `${workspaceId}/${id}`

/**
 * In-memory background jobs listed per member (exports, imports); `ifStatus` updates are atomic
 * as DynamoDB's conditional writes are. Values are copied in and out.
 */
export class InMemoryMemberJobs<
  S extends string,
  J extends MemberJob<S>,
  N extends Omit<J, 'createdAt' | 'updatedAt'>,
  C extends Partial<J>,
> {
  readonly byKey = new Map<string, J>()

  constructor(private readonly taken: string) {}

  async create(input: N): Promise<J> {
    const k = key(input.workspaceId, input.id)
    if (this.byKey.has(k)) throw conflict(this.taken)
    const now = new Date().toISOString()
    const job = { ...structuredClone(input), createdAt: now, updatedAt: now } as unknown as J
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
    changes: C,
    options: { ifStatus?: readonly S[] } = {},
  ) {
    const job = this.byKey.get(key(workspaceId, id))
    if (!job) return undefined
    if (options.ifStatus && !options.ifStatus.includes(job.status)) return undefined
    Object.assign(job, structuredClone(changes), { updatedAt: new Date().toISOString() })
    return structuredClone(job)
  }

  /** What a workspace deletion does to its jobs. */
  removeWorkspace(workspaceId: string) {
    for (const [k, job] of this.byKey) if (job.workspaceId === workspaceId) this.byKey.delete(k)
  }
}
