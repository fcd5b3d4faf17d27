import { Logger } from '@aws-lambda-powertools/logger'
import { type LambdaConfig, lambdaEnvSchema, loadConfig } from '@chatter/core'

let config: LambdaConfig | undefined
let logger: Logger | undefined

/** This function's configuration, read from `process.env` once, at cold start (fails fast). */
export function lambdaConfig(): LambdaConfig {
  config ??= loadConfig(lambdaEnvSchema, process.env)
  return config
}

/** The function's structured logger (Powertools), one per instance. */
export function lambdaLogger(): Logger {
  logger ??= new Logger({ serviceName: 'chatter', logLevel: lambdaConfig().LOG_LEVEL })
  return logger
}
