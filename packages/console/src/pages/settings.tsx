import { PageHeader } from '../ui'

/** TODO(console): the settings page. */
export default function Page() {
  return <PageHeader title="settings" />
}
