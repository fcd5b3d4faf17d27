// The console's shared building blocks: data hooks, page frame, notices, dialogs, toasts.
import { X } from 'lucide-preact'
import { type ComponentChildren, createContext, type JSX } from 'preact'
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks'
import { describeError } from './session'

/** Loads once per change of `deps`; `reload` loads again, `setData` edits what is shown. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: true,
  })
  const generation = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++generation.current
    setState((s) => ({ ...s, loading: true, error: undefined }))
    try {
      const data = await load()
      if (mine === generation.current) setState({ data, loading: false })
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, error, loading: false }))
    }
  }, deps)
  useEffect(() => {
    void reload()
  }, [reload])
  const setData = useCallback((update: (data: T | undefined) => T | undefined) => {
    setState((s) => ({ ...s, data: update(s.data) }))
  }, [])
  return { ...state, reload, setData }
}

export interface PageOf<T> {
  items: T[]
  nextCursor: string | null
}

/** A cursor-paginated list: the first page on change of `deps`, then `more()` appends the next. */
export function usePages<T>(loadPage: (cursor?: string) => Promise<PageOf<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>()
  const generation = useRef(0)
  const fetchPage = useCallback(async (after?: string) => {
    const mine = after ? generation.current : ++generation.current
    setLoading(true)
    setError(undefined)
    try {
      const page = await loadPage(after)
      if (mine !== generation.current) return
      setItems((current) => (after ? [...current, ...page.items] : page.items))
      setCursor(page.nextCursor)
    } catch (caught) {
      if (mine === generation.current) setError(caught)
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, deps)
  useEffect(() => {
    void fetchPage()
  }, [fetchPage])
  return {
    items,
    setItems,
    loading,
    error,
    hasMore: cursor !== null,
    more: () => (cursor ? fetchPage(cursor) : Promise.resolve()),
    reload: () => fetchPage(),
  }
}

export function PageHeader(props: {
  title: string
  description?: ComponentChildren
  actions?: ComponentChildren
}) {
  return (
    <header class="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.description && <p class="muted">{props.description}</p>}
      </div>
      {props.actions && <div class="actions">{props.actions}</div>}
    </header>
  )
}

/** An error as a sentence, announced to screen readers; with a retry when one is given. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null
  return (
    <div class="notice notice-error" role="alert">
      <span>{describeError(error)}</span>
      {onRetry && (
        <button type="button" class="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <span class="spinner" role="status">
      <span class="visually-hidden">{label}</span>
    </span>
  )
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children && <div class="muted">{children}</div>}
    </div>
  )
}

/** The footer of a paginated list: "Load more" while there is more. */
export function LoadMore(props: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (props.loading) return <Spinner />
  if (!props.hasMore) return null
  return (
    <button type="button" class="button" onClick={props.onMore}>
      Load more
    </button>
  )
}

/** A labelled form control: the label names the input for screen readers and clicks. */
export function Field(props: {
  label: string
  hint?: string
  children: (id: string) => JSX.Element
}) {
  const id = useRef(`field-${Math.random().toString(36).slice(2, 9)}`).current
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children(id)}
      {props.hint && <p class="hint">{props.hint}</p>}
    </div>
  )
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: Tone
  children: ComponentChildren
}) {
  return <span class={`badge badge-${tone}`}>{children}</span>
}
export type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info'

/** A modal dialog (the native `<dialog>`: focus stays inside, Escape closes it). */
export function Modal(props: {
  title: string
  open: boolean
  onClose: () => void
  children: ComponentChildren
  wide?: boolean
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  }, [props.open])
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'modal wide' : 'modal'}
      aria-label={props.title}
      onClose={props.onClose}
    >
      <header class="modal-header">
        <h2>{props.title}</h2>
        <button type="button" class="icon-button" aria-label="Close" onClick={props.onClose}>
          <X aria-hidden="true" size={18} />
        </button>
      </header>
      {props.open && <div class="modal-body">{props.children}</div>}
    </dialog>
  )
}

/** Asks before a destructive action; the action's own error is shown in the dialog. */
export function ConfirmButton(props: {
  label: string
  title: string
  message: ComponentChildren
  confirmLabel?: string
  onConfirm: () => Promise<void>
  class?: string
  disabled?: boolean
}) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const confirm = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await props.onConfirm()
      setOpen(false)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        class={props.class ?? 'button danger small'}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      <Modal title={props.title} open={open} onClose={() => setOpen(false)}>
        <div class="stack">
          <div>{props.message}</div>
          <ErrorNotice error={error} />
          <div class="row end">
            <button type="button" class="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="button" class="button danger" disabled={busy} onClick={confirm}>
              {props.confirmLabel ?? props.label}
            </button>
          </div>
        </div>
      </Modal>
    </>
  )
}

interface Toast {
  id: number
  text: string
  tone: Tone
}
const ToastContext = createContext<(text: string, tone?: Tone) => void>(() => {})

/** Short confirmations ("Deleted 3 documents"), announced politely, gone after a few seconds. */
export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const next = useRef(0)
  const show = useCallback((text: string, tone: Tone = 'good') => {
    const id = ++next.current
    // The newest few: a burst of confirmations should not pile up over the page.
    setToasts((all) => [...all.slice(-2), { id, text, tone }])
    setTimeout(() => setToasts((all) => all.filter((t) => t.id !== id)), 5000)
  }, [])
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div class="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} class={`toast toast-${t.tone}`}>
            {t.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = () => useContext(ToastContext)
