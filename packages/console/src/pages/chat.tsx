import { PanelLeft } from 'lucide-preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { PageHeader } from '../ui'
import { ConversationList } from './chat/conversation-list'
import { ConversationView } from './chat/conversation-view'
import './chat/chat.css'

/** Chat: the person's conversations on the left, the open one on the right (one column on a phone). */
export default function ChatPage() {
  const { params } = useRoute()
  const { route } = useLocation()
  const id = params.id
  const [listVersion, setListVersion] = useState(0)
  const [listOpen, setListOpen] = useState(false)
  const [renamed, setRenamed] = useState(0)
  useEffect(() => setListOpen(false), [id])

  return (
    <div class="chat-page">
      <PageHeader
        title="Chat"
        actions={
          <button
            type="button"
            class="button chat-list-toggle"
            aria-expanded={listOpen}
            aria-controls="chat-conversations"
            onClick={() => setListOpen(!listOpen)}
          >
            <PanelLeft aria-hidden="true" size={16} />
            Conversations
          </button>
        }
      />
      <div class={listOpen ? 'chat chat-list-open' : 'chat'}>
        <ConversationList
          currentId={id}
          version={listVersion}
          onRenamed={() => setRenamed((n) => n + 1)}
          onNew={() => {
            setListOpen(false)
            route('/chat')
          }}
        />
        <ConversationView
          id={id}
          renamed={renamed}
          onActivity={() => setListVersion((v) => v + 1)}
        />
      </div>
    </div>
  )
}
