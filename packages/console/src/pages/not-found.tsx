import { Empty, PageHeader } from '../ui'

export default function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Empty title="There is no page here.">
        <a href="/chat">Go to chat</a>
      </Empty>
    </>
  )
}
