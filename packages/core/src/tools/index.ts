// Tools a chat turn may call: the built-ins and the catalog of a workspace's tools.
export * from './builtin'
export * from './catalog'
export * from './tool-names'
