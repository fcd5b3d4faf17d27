import { InMemoryBlobs, InMemoryQueue } from '../testing'
import { team } from '../workspaces/team-fixture'
import type { ExportPorts } from './request-export'

/** The team workspace with a bucket and a queue, and `chat` to store a small conversation. */
export async function exportTeam() {
  const t = await team()
  const blobs = new InMemoryBlobs()
  const queue = new InMemoryQueue()
  const ports: ExportPorts = { ...t, blobs, queue, clock: () => t.now }
  let counter = 0

  /** A conversation of `userId` with a question, its answer and a second answer (a branch). */
  async function chat(userId: string, title: string, workspaceId = t.workspace.id) {
    counter += 1
    const id = `cnv_${counter}`
    await t.conversations.create({
      id,
      workspaceId,
      userId,
      title,
      archived: false,
      messageCount: 3,
      lastActivityAt: t.now.toISOString(),
    })
    const message = (n: number, parentId: string | null, role: 'user' | 'assistant') =>
      t.messages.create({
        id: `msg_${counter}_${n}`,
        conversationId: id,
        workspaceId,
        parentId,
        role,
        content: `${title}: ${role} ${n}, with "quotes", commas`,
        status: 'complete',
        userId,
      })
    await message(1, null, 'user')
    await message(2, `msg_${counter}_1`, 'assistant')
    await message(3, `msg_${counter}_1`, 'assistant')
    return id
  }

  return { ...t, blobs, queue, ports, chat }
}
