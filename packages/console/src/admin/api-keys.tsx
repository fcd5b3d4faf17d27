import { PageHeader } from '../ui'

/** TODO(console): the api keys page. */
export default function Page() {
  return <PageHeader title="api keys" />
}
