export * from './kms-secret-cipher'
