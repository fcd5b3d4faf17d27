// A user's preferences: how answers are given to them in every workspace, with versions.
export * from './preference-rules'
export * from './preferences'
