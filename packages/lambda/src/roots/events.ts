import { fanOutEvents, type LambdaConfig, type PlatformEvents } from '@chatter/core'
import type { CloudStores } from './knowledge'

/**
 * Where this function's platform events go: every subscriber of the platform (usage counters,
 * webhook deliveries, experiment metrics), each given the event in turn by `fanOutEvents`.
 */
export function createPlatformEvents(_config: LambdaConfig, _cloud: CloudStores): PlatformEvents {
  return fanOutEvents()
}
