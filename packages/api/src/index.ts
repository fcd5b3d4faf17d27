// The Hono app behind API Gateway, the streaming function URL and the local server.
export { type App, createApp } from './app'
export type { AppEnv } from './context'
export type { AppDependencies, IdentitySettings } from './dependencies'
export { type Problem, problemResponse } from './problem'
export { createRouter } from './router'
