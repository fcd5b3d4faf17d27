// The names and settings of every AWS resource Chatter uses: read by the SST stacks in infra/ and
// by the local runtime, so the cloud and the laptop create the same table, bucket and queues.
export * from './account-deletion-state-machine'
export * from './asl'
export * from './ingest-state-machine'
export * from './resources'
export * from './workflow-compiler'
export * from './workflow-machine-name'
