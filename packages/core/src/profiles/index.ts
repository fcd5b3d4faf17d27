export * from './profile-rules'
export * from './read-profiles'
export * from './write-profiles'
