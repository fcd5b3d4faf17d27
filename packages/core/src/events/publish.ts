import { newId } from '../ids/ids'
import type {
  PlatformEvent,
  PlatformEventData,
  PlatformEventOf,
  PlatformEvents,
  PlatformEventType,
} from '../ports/platform-events'

/** A new event of `type` in `workspaceId`, stamped now. */
export function platformEvent<T extends PlatformEventType>(
  type: T,
  workspaceId: string,
  data: PlatformEventData[T],
  now: Date = new Date(),
): PlatformEventOf<T> {
  return {
    id: newId('evt'),
    type,
    workspaceId,
    occurredAt: now.toISOString(),
    data,
  } as PlatformEventOf<T>
}

/** Logs what could not be published; Powertools' Logger fits. */
export interface EventLog {
  warn(message: string, ...extra: Record<string, unknown>[]): void
}

/**
 * Publishes after the change it reports has been saved: a subscriber that fails is logged and
 * never undoes or fails the change (the user's message is saved whether or not a webhook could
 * be queued). Without `events` (a runtime that wires none) nothing happens.
 */
export async function publishQuietly(
  events: PlatformEvents | undefined,
  event: PlatformEvent,
  log?: EventLog,
): Promise<void> {
  if (!events) return
  try {
    await events.publish(event)
  } catch (error) {
    log?.warn('platform event not published', {
      type: event.type,
      eventId: event.id,
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

/**
 * One publisher for many subscribers: each gets every event, in parallel; one failing does not
 * keep the event from the others, and `publish` then rejects naming the failures.
 */
export function fanOutEvents(...subscribers: PlatformEvents[]): PlatformEvents {
  return {
    async publish(event) {
      const results = await Promise.allSettled(subscribers.map((s) => s.publish(event)))
      const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      if (failures.length > 0)
        throw new AggregateError(
          failures.map((f) => f.reason),
          `${failures.length} of ${subscribers.length} event subscribers failed on ${event.type}`,
        )
    },
  }
}

/** Keeps every event it is given, for tests and for runtimes that subscribe nothing yet. */
export class RecordingEvents implements PlatformEvents {
  readonly events: PlatformEvent[] = []
  async publish(event: PlatformEvent) {
    this.events.push(structuredClone(event))
  }
  of<T extends PlatformEventType>(type: T): PlatformEventOf<T>[] {
    return this.events.filter((event): event is PlatformEventOf<T> => event.type === type)
  }
}
