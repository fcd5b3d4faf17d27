import type { BenchSuite } from '../figures'
import { apiSuite } from './api'
import { coldStartSuite } from './cold-start'
import { ingestionSuite } from './ingestion'
import { searchSuite } from './search'
import { streamingSuite } from './streaming'

/** Every suite, in the order the bench runs them (lightest first). */
export const suites: BenchSuite[] = [
  coldStartSuite,
  apiSuite,
  streamingSuite,
  ingestionSuite,
  searchSuite,
]
