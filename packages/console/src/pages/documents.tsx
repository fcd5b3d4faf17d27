import { PageHeader } from '../ui'

/** TODO(console): the documents page. */
export default function Page() {
  return <PageHeader title="documents" />
}
