import { PageHeader } from '../ui'

/** TODO(console): the reports page. */
export default function Page() {
  return <PageHeader title="reports" />
}
