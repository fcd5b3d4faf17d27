import type {
  ImportJob,
  ImportJobChanges,
  ImportJobRepository,
  ImportJobStatus,
  NewImportJob,
} from '../ports/import-job-repository'
import { InMemoryMemberJobs } from './in-memory-member-jobs'

/** In-memory import jobs (see `InMemoryMemberJobs`). */
export class InMemoryImportJobs
  extends InMemoryMemberJobs<ImportJobStatus, ImportJob, NewImportJob, ImportJobChanges>
  implements ImportJobRepository
{
  constructor() {
    super('An import with this id already exists.')
  }
}
