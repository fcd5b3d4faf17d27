import { Ellipsis, Pencil, Plus, Search, Trash2 } from 'lucide-preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { formatRelative } from '../../format'
import { useSession } from '../../session'
import { ErrorNotice, LoadMore, usePages, useToast } from '../../ui'
import { DeleteDialog, RenameDialog } from './conversation-dialogs'
import type { Conversation } from './thread'

/** The search text, settled: the list asks the API once the person stops typing. */
function useSettled(value: string, ms = 250) {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/**
 * The person's conversations, newest first, searched by title through the API. `version`
 * changes when a conversation was created or answered, so the list reads itself again.
 */
export function ConversationList(props: {
  currentId?: string
  version: number
  onNew: () => void
  onRenamed: () => void
}) {
  const { client } = useSession()
  const toast = useToast()
  const { route } = useLocation()
  const [search, setSearch] = useState('')
  const q = useSettled(search.trim())
  const list = usePages(
    async (cursor) =>
      client.unwrap(
        client.api.GET('/v1/conversations', {
          params: { query: { limit: 30, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client, q, props.version],
  )
  const [menu, setMenu] = useState<string>()
  // An open menu closes on Escape or a click anywhere else.
  useEffect(() => {
    if (!menu) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      const target = event.target
      if (target instanceof Element && target.closest('.chat-menu, .chat-list-more')) return
      setMenu(undefined)
    }
    document.addEventListener('click', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('click', close)
      document.removeEventListener('keydown', close)
    }
  }, [menu])
  const [renaming, setRenaming] = useState<Conversation>()
  const [deleting, setDeleting] = useState<Conversation>()

  return (
    <aside id="chat-conversations" class="chat-list" aria-label="Conversations">
      <div class="chat-list-head">
        <button type="button" class="button primary chat-new" onClick={props.onNew}>
          <Plus aria-hidden="true" size={16} />
          New chat
        </button>
        <div class="chat-search">
          <Search aria-hidden="true" size={15} />
          <input
            type="search"
            aria-label="Search conversations"
            placeholder="Search conversations"
            value={search}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="chat-list-body">
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {!list.loading && !list.error && list.items.length === 0 && (
          <p class="chat-list-empty muted small">
            {q ? `No conversation titled like “${q}”.` : 'No conversations yet.'}
          </p>
        )}
        <ul>
          {list.items.map((c) => (
            <li key={c.id} class="chat-list-item">
              <a
                href={`/chat/${c.id}`}
                aria-current={c.id === props.currentId ? 'page' : undefined}
                class="chat-list-link"
              >
                <span class="chat-list-title">{c.title}</span>
                <span class="chat-list-meta">{formatRelative(c.lastActivityAt)}</span>
              </a>
              <button
                type="button"
                class="icon-button chat-list-more"
                aria-label={`Actions for ${c.title}`}
                aria-expanded={menu === c.id}
                onClick={() => setMenu(menu === c.id ? undefined : c.id)}
              >
                <Ellipsis aria-hidden="true" size={16} />
              </button>
              {menu === c.id && (
                <div class="chat-menu">
                  <button
                    type="button"
                    onClick={() => {
                      setMenu(undefined)
                      setRenaming(c)
                    }}
                  >
                    <Pencil aria-hidden="true" size={14} /> Rename
                  </button>
                  <button
                    type="button"
                    class="chat-menu-danger"
                    onClick={() => {
                      setMenu(undefined)
                      setDeleting(c)
                    }}
                  >
                    <Trash2 aria-hidden="true" size={14} /> Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
        <div class="chat-list-more-row">
          <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
        </div>
      </div>
      {renaming && (
        <RenameDialog
          conversation={renaming}
          onClose={() => setRenaming(undefined)}
          onDone={() => {
            setRenaming(undefined)
            toast('Renamed the conversation')
            void list.reload()
            props.onRenamed()
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          conversation={deleting}
          onClose={() => setDeleting(undefined)}
          onDone={() => {
            const gone = deleting
            setDeleting(undefined)
            toast(`Deleted “${gone.title}” and its ${gone.messageCount} messages`)
            list.setItems((items) => items.filter((c) => c.id !== gone.id))
            if (gone.id === props.currentId) route('/chat')
          }}
        />
      )}
    </aside>
  )
}
