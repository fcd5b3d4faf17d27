// The chatter CLI as a library: the program (for tests and embedding) and its config store.
export { type ConfigFile, ConfigStore, type Connection, configDir } from './config-store'
export { type GlobalOptions, type ResolvedConnection, resolveConnection } from './connection'
export { describeError } from './errors'
export { createProgram } from './program'
