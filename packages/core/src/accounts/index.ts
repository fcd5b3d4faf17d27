export * from './account-deletion-ports'
export * from './account-deletion-steps'
export * from './request-account-deletion'
