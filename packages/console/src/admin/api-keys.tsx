import type { Schemas } from '@chatter/sdk'
import { Check, Copy, TriangleAlert } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatDateTime, formatRelative } from '../format'
import { useSession } from '../session'
import {
  Badge,
  ConfirmButton,
  Empty,
  ErrorNotice,
  LoadMore,
  Modal,
  PageHeader,
  usePages,
  useToast,
} from '../ui'
import { NewKeyForm } from './parts/new-key-form'
import './parts/admin.css'

type ApiKey = Schemas['ApiKey']
type CreatedKey = Schemas['CreatedApiKey']

function keyStatus(key: ApiKey, now = Date.now()) {
  if (key.revokedAt) return <Badge tone="bad">Revoked</Badge>
  if (key.expiresAt && new Date(key.expiresAt).getTime() < now)
    return <Badge tone="warn">Expired</Badge>
  return <Badge tone="good">Active</Badge>
}

/** API keys of the workspace: create one (its secret shown once), see them, revoke them. */
export default function ApiKeysPage() {
  const { client } = useSession()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<CreatedKey>()
  const keys = usePages(
    (cursor) =>
      client.unwrap(client.api.GET('/v1/api-keys', { params: { query: { cursor, limit: 50 } } })),
    [client],
  )

  const revoke = async (key: ApiKey) => {
    await client.unwrap(
      client.api.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.id } } }),
    )
    const revokedAt = new Date().toISOString()
    keys.setItems((all) => all.map((k) => (k.id === key.id ? { ...k, revokedAt } : k)))
    toast(`Revoked the key ${key.name}`)
  }

  return (
    <div class="admin-page">
      <PageHeader
        title="API keys"
        description="Keys let programs call the Chatter API as this workspace. Give each program its own key, with only the scopes it needs."
        actions={
          <button type="button" class="button primary" onClick={() => setCreating(true)}>
            Create API key
          </button>
        }
      />
      <div class="stack">
        <ErrorNotice error={keys.error} onRetry={keys.reload} />
        {!keys.loading && !keys.error && keys.items.length === 0 ? (
          <Empty title="No API keys yet">
            Create a key to call the API from a script, a server or CI.
          </Empty>
        ) : (
          keys.items.length > 0 && (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">API keys</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Key</th>
                    <th scope="col">Scopes</th>
                    <th scope="col">Status</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {keys.items.map((key) => (
                    <tr key={key.id} class={key.revokedAt ? 'admin-revoked' : undefined}>
                      <td class="admin-nowrap">
                        <strong>{key.name}</strong>
                      </td>
                      <td class="mono admin-nowrap">{key.prefix}…</td>
                      <td>
                        <span class="admin-scopes">
                          {key.scopes.map((scope) => (
                            <Badge key={scope} tone={scope === 'admin' ? 'warn' : 'info'}>
                              {scope}
                            </Badge>
                          ))}
                        </span>
                      </td>
                      <td>{keyStatus(key)}</td>
                      <td class="admin-nowrap" title={formatDateTime(key.createdAt)}>
                        {formatRelative(key.createdAt)}
                      </td>
                      <td class="admin-nowrap">
                        {key.lastUsedAt ? (
                          <span title={formatDateTime(key.lastUsedAt)}>
                            {formatRelative(key.lastUsedAt)}
                          </span>
                        ) : (
                          <span class="muted">Never</span>
                        )}
                      </td>
                      <td class="admin-nowrap">
                        {key.expiresAt ? (
                          formatDateTime(key.expiresAt)
                        ) : (
                          <span class="muted">Never</span>
                        )}
                      </td>
                      <td>
                        <div class="admin-actions">
                          {!key.revokedAt && (
                            <ConfirmButton
                              label="Revoke"
                              title={`Revoke ${key.name}?`}
                              message={
                                <p>
                                  Programs using <strong>{key.name}</strong> ({key.prefix}…) stop
                                  working at once. This cannot be undone.
                                </p>
                              }
                              confirmLabel="Revoke key"
                              onConfirm={() => revoke(key)}
                            />
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        )}
        <LoadMore hasMore={keys.hasMore} loading={keys.loading} onMore={keys.more} />
      </div>
      <Modal title="Create API key" open={creating} onClose={() => setCreating(false)}>
        <NewKeyForm
          onCancel={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false)
            setCreated(key)
            const { secret: _, ...listed } = key
            keys.setItems((all) => [listed, ...all])
          }}
        />
      </Modal>
      <Modal
        title="Copy your new API key"
        open={created !== undefined}
        onClose={() => setCreated(undefined)}
      >
        {created && <SecretOnce created={created} onDone={() => setCreated(undefined)} />}
      </Modal>
    </div>
  )
}

/** The secret of a new key: the only time anyone sees it. */
function SecretOnce({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false)
  const [copyError, setCopyError] = useState<unknown>()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret)
      setCopied(true)
    } catch {
      setCopyError(new Error('The browser refused the clipboard: select the key and copy it.'))
    }
  }
  return (
    <div class="stack">
      <p class="admin-warning">
        <TriangleAlert aria-hidden="true" size={18} />
        <span>
          This is the only time the secret of <strong>{created.name}</strong> is shown. Store it
          somewhere safe now: if it is lost, revoke the key and create another.
        </span>
      </p>
      <div class="admin-secret">
        <input
          class="mono"
          readOnly
          aria-label="API key secret"
          value={created.secret}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button" onClick={copy}>
          {copied ? <Check aria-hidden="true" size={16} /> : <Copy aria-hidden="true" size={16} />}
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {copied ? 'Copied to the clipboard' : ''}
      </p>
      <ErrorNotice error={copyError} />
      <p class="muted small">
        Send it as <code>Authorization: Bearer {created.prefix}…</code>
      </p>
      <div class="row end">
        <button type="button" class="button primary" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </div>
  )
}
