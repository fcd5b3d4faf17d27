export * from './local-secret-cipher'
