import { PageHeader } from '../ui'

/** TODO(console): the prompts page. */
export default function Page() {
  return <PageHeader title="prompts" />
}
