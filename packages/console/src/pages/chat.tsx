import { PageHeader } from '../ui'

/** TODO(console): the chat page. */
export default function Page() {
  return <PageHeader title="chat" />
}
