import { PageHeader } from '../ui'

/** TODO(console): the agents page. */
export default function Page() {
  return <PageHeader title="agents" />
}
