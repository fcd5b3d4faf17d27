import { PageHeader } from '../ui'

/** TODO(console): the usage page. */
export default function Page() {
  return <PageHeader title="usage" />
}
