export * from './mcp-client'
export * from './tool-content'
