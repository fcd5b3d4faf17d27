import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'

type ToolServer = Schemas['ToolServer']
type Transport = ToolServer['transport']

/**
 * Registers an MCP server (its tools are discovered at once). The header is a secret: it is
 * sent with every request to the server, stored encrypted, and never shown again.
 */
export function ToolServerForm({ onSaved }: { onSaved: (server: ToolServer) => void }) {
  const { client } = useSession()
  const [name, setName] = useState('')
  const [url, setUrl] = useState('')
  const [transport, setTransport] = useState<Transport>('streamable-http')
  const [headerName, setHeaderName] = useState('')
  const [headerValue, setHeaderValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const server = await client.unwrap(
        client.api.POST('/v1/tool-servers', {
          body: {
            name: name.trim(),
            url: url.trim(),
            transport,
            ...(headerName.trim() ? { headers: { [headerName.trim()]: headerValue } } : {}),
          },
        }),
      )
      onSaved(server)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack" onSubmit={save}>
      <Field label="Name">
        {(id) => (
          <input
            id={id}
            required
            placeholder="Weather"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="URL" hint="The server's MCP endpoint, http or https">
        {(id) => (
          <input
            id={id}
            required
            type="url"
            placeholder="https://mcp.example.com/mcp"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Transport">
        {(id) => (
          <select
            id={id}
            value={transport}
            onChange={(e) => setTransport(e.currentTarget.value as Transport)}
          >
            <option value="streamable-http">Streamable HTTP</option>
            <option value="sse">SSE</option>
          </select>
        )}
      </Field>
      <fieldset class="build-fieldset">
        <legend>Authentication (optional)</legend>
        <div class="build-two">
          <Field label="Header name">
            {(id) => (
              <input
                id={id}
                placeholder="Authorization"
                autoComplete="off"
                value={headerName}
                onInput={(e) => setHeaderName(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Header value" hint="Stored encrypted; never shown again">
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="off"
                placeholder="Bearer …"
                value={headerValue}
                onInput={(e) => setHeaderValue(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <ErrorNotice error={error} />
      <div class="row end">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Add server'}
        </button>
      </div>
    </form>
  )
}
