import { PageHeader } from '../ui'

/** TODO(console): the profiles page. */
export default function Page() {
  return <PageHeader title="profiles" />
}
