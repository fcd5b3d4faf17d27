import { PageHeader } from '../ui'

/** TODO(console): the tool servers page. */
export default function Page() {
  return <PageHeader title="tool servers" />
}
