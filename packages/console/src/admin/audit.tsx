import { PageHeader } from '../ui'

/** TODO(console): the audit page. */
export default function Page() {
  return <PageHeader title="audit" />
}
