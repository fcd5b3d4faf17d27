import type {
  ExportJob,
  ExportJobChanges,
  ExportJobRepository,
  ExportJobStatus,
  NewExportJob,
} from '../ports/export-job-repository'
import { InMemoryMemberJobs } from './in-memory-member-jobs'

/** In-memory export jobs (see `InMemoryMemberJobs`). */
export class InMemoryExportJobs
  extends InMemoryMemberJobs<ExportJobStatus, ExportJob, NewExportJob, ExportJobChanges>
  implements ExportJobRepository
{
  constructor() {
    super('An export with this id already exists.')
  }
}
