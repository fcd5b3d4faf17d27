import { PageHeader } from '../ui'

/** TODO(console): the search page. */
export default function Page() {
  return <PageHeader title="search" />
}
