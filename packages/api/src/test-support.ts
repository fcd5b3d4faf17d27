import { Logger } from '@aws-lambda-powertools/logger'
import type { DependencyProbe, HttpConfig } from '@chatter/core'
import { type AppDependencies, createApp } from './app'

/** A quiet logger for tests. */
export const silentLogger = () => new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' })

export const okProbe = (name: DependencyProbe['name']): DependencyProbe => ({
  name,
  check: async () => {},
})

/** The real app with test-sized settings; override any dependency. */
export function testApp(overrides: Partial<AppDependencies> = {}) {
  const config: HttpConfig = {
    CORS_ORIGINS: ['http://localhost:3000'],
    MAX_BODY_BYTES: 1024,
    LOG_LEVEL: 'SILENT',
  }
  return createApp({ config, logger: silentLogger(), probes: [], ...overrides })
}
