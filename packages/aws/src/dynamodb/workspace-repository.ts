import {
  type BlobStore,
  DomainError,
  type NewWorkspace,
  normalizeEmail,
  type Page,
  type PageRequest,
  type Workspace,
  type WorkspaceDeletion,
  type WorkspaceRepository,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { forEachLimited } from './batch'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, WorkspaceItem } from './table'
import { writeTransaction } from './transactions'
import { deleteWorkspace } from './workspace-deletion'
import { DynamoWorkspaceMemberships } from './workspace-memberships'

const notFound = () => new DomainError('resource.notFound', 'No such workspace.')

/**
 * Workspaces and (through DynamoWorkspaceMemberships) their memberships. A workspace's item and
 * its memberships share one partition; every workspace, newest first, is on gsi1.
 * @example const workspaces = new DynamoWorkspaceRepository(createTable(document, tableName))
 */
export class DynamoWorkspaceRepository
  extends DynamoWorkspaceMemberships
  implements WorkspaceRepository
{
  /** `blobs`, when given, lets a deletion remove the S3 objects of large message contents. */
  constructor(
    table: ChatterTable,
    clock: () => Date = () => new Date(),
    private readonly blobs?: Pick<BlobStore, 'delete'>,
  ) {
    super(table, clock)
  }

  async create(input: NewWorkspace): Promise<Workspace> {
    const now = this.clock().toISOString()
    const { owner } = input
    const workspace: Workspace = {
      id: input.id,
      name: input.name,
      ownerId: owner.userId,
      personal: input.personal,
      createdAt: now,
      updatedAt: now,
    }
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ workspace: workspaces, membership }) => [
          workspaces.create({ ...fromWorkspace(workspace) }).commit(),
          membership
            .create({
              workspaceId: input.id,
              userId: owner.userId,
              role: 'owner',
              workspaceName: input.name,
              email: normalizeEmail(owner.email),
              ...(owner.name === undefined ? {} : { userName: owner.name }),
              joinedAt: now,
            })
            .commit(),
        ])
        .go(),
    )
    if (codes) {
      throw new DomainError('resource.conflict', 'A workspace with this id already exists.')
    }
    return workspace
  }

  async get(id: string): Promise<Workspace | undefined> {
    const { data } = await this.table.entities.workspace
      .get({ workspaceId: id })
      .go({ consistent: true })
    return data ? toWorkspace(data) : undefined
  }

  /**
   * Renames the workspace, then copies the name onto its memberships (denormalised for "my
   * workspaces"). Not one transaction (a workspace may have more members than a transaction
   * holds): if the copy is interrupted, the next rename of the workspace repairs it.
   */
  async rename(id: string, name: string): Promise<Workspace> {
    const { workspace, membership } = this.table.entities
    let renamed: Workspace
    try {
      const { data } = await workspace
        .patch({ workspaceId: id })
        .set({ name, updatedAt: this.clock().toISOString() })
        .go({ response: 'all_new' })
      renamed = toWorkspace(data)
    } catch (error) {
      if (isConditionFailure(error)) throw notFound()
      throw error
    }
    const members = await membership.query
      .byWorkspace({ workspaceId: id })
      .go({ pages: 'all', consistent: true })
    await forEachLimited(members.data, 10, ({ userId }) =>
      // patch() never recreates a membership removed meanwhile.
      membership
        .patch({ workspaceId: id, userId })
        .set({ workspaceName: name })
        .go()
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error
        }),
    )
    return renamed
  }

  /**
   * Deletes the workspace's memberships, invitations (with their pending claims), API keys,
   * profiles and conversations, then the workspace itself: last, so an interrupted deletion can
   * simply be run again.
   */
  async delete(id: string): Promise<WorkspaceDeletion> {
    if (!(await this.get(id))) throw notFound()
    return deleteWorkspace(this.table, id, this.blobs)
  }

  list(page: PageRequest): Promise<Page<Workspace>> {
    const { workspace } = this.table.entities
    return queryPage(
      page,
      (options) => workspace.query.all({}).go({ ...options, order: 'desc' }),
      (item) => createConversions(workspace).byAccessPattern.all.fromComposite.toCursor(item),
      toWorkspace,
    )
  }
}

const fromWorkspace = ({ id, ...rest }: Workspace) => ({ workspaceId: id, ...rest })

function toWorkspace(item: WorkspaceItem): Workspace {
  return {
    id: item.workspaceId,
    name: item.name,
    ownerId: item.ownerId,
    personal: item.personal,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}
