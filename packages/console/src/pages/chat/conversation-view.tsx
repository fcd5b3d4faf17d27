import type { Schemas } from '@chatter/sdk'
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { useSession } from '../../session'
import { ErrorNotice, Spinner, useAsync, useToast } from '../../ui'
import { Composer, type ComposerOptions } from './composer'
import { ChatEmpty, MessageList } from './message-list'
import { SourceDialog } from './source-dialog'
import {
  type Citation,
  loadThread,
  type Message,
  regenerateStream,
  resumeStream,
  stillStreaming,
  streamingTail,
  type Thread,
} from './thread'
import { useAnswerStream } from './use-answer-stream'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The open conversation (or a new one, without `id`): its messages, the answer being written
 * and the composer. The first message of a new chat creates the conversation and routes to it;
 * this component stays mounted across that route change, so the answer keeps streaming.
 */
export function ConversationView(props: {
  id?: string
  /** Changes when a conversation was renamed in the list: the title shown may be stale. */
  renamed: number
  onActivity: () => void
}) {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const { route } = useLocation()
  const { id } = props
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const shownId = useRef(id)
  shownId.current = id

  const thread = useAsync<Thread | undefined>(
    async () => (id ? loadThread(client, id) : undefined),
    [client, id],
  )
  const profiles = useAsync(
    async () =>
      (await client.unwrap(client.api.GET('/v1/profiles', { params: { query: { limit: 100 } } })))
        .items,
    [client],
  )
  // A thread of another conversation may linger while this one loads: never show it.
  const shown = thread.data && thread.data.conversation.id === id ? thread.data : undefined

  /** Reads the thread again without a spinner; waits out an answer stopped but not yet saved. */
  const refresh = useCallback(
    async (conversationId: string, answerId?: string) => {
      for (let attempt = 0; attempt < 40; attempt++) {
        const next = await loadThread(client, conversationId)
        if (shownId.current !== conversationId) return
        thread.setData(() => next)
        if (!stillStreaming(next, answerId)) return
        await pause(250)
      }
    },
    [client],
  )
  const stream = useAnswerStream(refresh)
  useEffect(() => {
    if (id && props.renamed) void refresh(id).catch(() => {})
  }, [props.renamed])
  const { live, stop } = stream

  // Leaving a conversation stops its answer (the server keeps what was written).
  useEffect(() => {
    if (live && live.conversationId !== id) stop()
  }, [id])

  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<unknown>()
  const [options, setOptions] = useState<ComposerOptions>({
    profileId: '',
    retrieval: false,
    tools: false,
  })
  const profileList = profiles.data ?? []
  const profileOf = (profileId: string | undefined) =>
    profileList.find((p) => p.id === profileId) ?? profileList.find((p) => p.isDefault)
  // The options follow the conversation's profile (or the workspace's default for a new chat).
  useEffect(() => {
    const profile = profileOf(shown?.conversation.profileId)
    if (profile)
      setOptions((o) => ({ ...o, profileId: profile.id, retrieval: profile.retrieval.enabled }))
  }, [shown?.conversation.id, profiles.data])

  const changeOptions = async (next: ComposerOptions) => {
    const changedProfile = next.profileId !== options.profileId
    const profile = profileOf(next.profileId)
    setOptions(changedProfile && profile ? { ...next, retrieval: profile.retrieval.enabled } : next)
    if (!changedProfile || !id) return
    try {
      await client.unwrap(
        client.api.PATCH('/v1/conversations/{id}', {
          params: { path: { id } },
          body: { profileId: next.profileId },
        }),
      )
      toast(`Answers now use ${profile?.name ?? 'the chosen profile'}`)
    } catch (caught) {
      setProblem(caught)
    }
  }

  // Opened mid-answer (another tab, a reload): follow the answer as it is written. Each answer
  // once: one the server never finished (its instance died) stays shown as it was saved.
  const followed = useRef(new Set<string>())
  const tail = streamingTail(shown)
  useEffect(() => {
    if (!id || !tail || stream.streaming || followed.current.has(tail.id)) return
    followed.current.add(tail.id)
    const messageId = tail.id
    stream
      .run({ conversationId: id, assistantId: messageId, following: true }, (signal) =>
        resumeStream(client, id, messageId, signal),
      )
      .then(props.onActivity, setProblem)
  }, [id, tail?.id, stream.streaming])

  const send = async (text = draft.trim()) => {
    if (!text || stream.streaming) return
    setProblem(undefined)
    setDraft('')
    inputRef.current?.focus()
    const profile = profileOf(options.profileId)
    const body: Schemas['NewMessage'] = {
      content: text,
      // Only a choice differing from the profile's overrides its retrieval settings (topK...).
      ...(profile?.retrieval.enabled === options.retrieval
        ? {}
        : { retrieval: { enabled: options.retrieval } }),
      ...(options.tools ? { tools: { enabled: true } } : {}),
    }
    try {
      let conversationId = id
      if (!conversationId) {
        const created = await client.unwrap(
          client.api.POST('/v1/conversations', {
            body: profile ? { profileId: profile.id } : {},
          }),
        )
        conversationId = created.id
        shownId.current = created.id
        route(`/chat/${created.id}`)
        props.onActivity()
      }
      const target = conversationId
      await stream.run({ conversationId: target, question: text }, (signal) =>
        client.streamMessage(target, body, { signal }),
      )
      props.onActivity()
    } catch (caught) {
      setProblem(caught)
      setDraft((current) => current || text)
    } finally {
      inputRef.current?.focus()
    }
  }

  const regenerate = async (message: Message) => {
    if (!id) return
    setProblem(undefined)
    try {
      await stream.run({ conversationId: id, replaces: message.id }, (signal) =>
        regenerateStream(client, id, message.id, signal),
      )
      props.onActivity()
    } catch (caught) {
      setProblem(caught)
    }
  }

  const showBranch = async (messageId: string) => {
    if (!id) return
    try {
      await client.unwrap(
        client.api.POST('/v1/conversations/{id}/active-branch', {
          params: { path: { id } },
          body: { messageId },
        }),
      )
      await refresh(id)
    } catch (caught) {
      setProblem(caught)
    }
  }

  const rate = async (message: Message, rating: 'up' | 'down') => {
    if (!id) return
    try {
      await client.unwrap(
        client.api.PUT('/v1/conversations/{id}/messages/{messageId}/feedback', {
          params: { path: { id, messageId: message.id } },
          body: { rating },
        }),
      )
      toast('Thanks: your feedback was saved')
      await refresh(id)
    } catch (caught) {
      setProblem(caught)
    }
  }

  const [source, setSource] = useState<{ citation: Citation; number: number }>()
  const empty = !live && (!id || (shown && shown.path.length === 0))

  return (
    <section class="chat-main" aria-label={shown?.conversation.title ?? 'New chat'}>
      <header class="chat-main-head">
        <h2 class="chat-title">{shown?.conversation.title ?? (id ? '' : 'New chat')}</h2>
      </header>
      {id && !shown && !live && thread.loading && (
        <div class="chat-center">
          <Spinner label="Loading the conversation" />
        </div>
      )}
      {id && !live && thread.error !== undefined && (
        <div class="chat-center">
          <ErrorNotice error={thread.error} onRetry={thread.reload} />
        </div>
      )}
      {empty ? (
        <div class="chat-center">
          <ChatEmpty
            onExample={(text) => {
              setDraft(text)
              inputRef.current?.focus()
            }}
          />
        </div>
      ) : (
        (shown || live) && (
          <MessageList
            thread={shown}
            live={live}
            canWrite={canWrite}
            onRegenerate={regenerate}
            onBranch={showBranch}
            onFeedback={rate}
            onCite={(citation, number) => setSource({ citation, number })}
          />
        )
      )}
      <div class="chat-composer-wrap">
        <ErrorNotice error={problem} />
        <Composer
          inputRef={inputRef}
          draft={draft}
          onDraft={setDraft}
          onSend={() => void send()}
          onStop={live?.following ? undefined : stop}
          streaming={stream.streaming}
          disabled={canWrite ? undefined : 'Viewers can read conversations but not write in them'}
          profiles={profileList}
          options={options}
          onOptions={(next) => void changeOptions(next)}
        />
      </div>
      {source && (
        <SourceDialog
          citation={source.citation}
          number={source.number}
          onClose={() => setSource(undefined)}
        />
      )}
    </section>
  )
}
