import { PageHeader } from '../ui'

/** TODO(console): the members page. */
export default function Page() {
  return <PageHeader title="members" />
}
