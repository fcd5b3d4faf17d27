export * from './login-throttle'
export * from './policies'
export * from './token-bucket'
