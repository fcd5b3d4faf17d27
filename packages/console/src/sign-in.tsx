import { useState } from 'preact/hooks'
import { useSessionState } from './session'
import { ErrorNotice, Field } from './ui'

/** Sign in, or create an account (the first account of a fresh install is its administrator). */
export function SignInPage() {
  const { signIn, register } = useSessionState()
  const [mode, setMode] = useState<'signIn' | 'register'>('signIn')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      if (mode === 'signIn') await signIn(email.trim(), password)
      else await register(email.trim(), password, name.trim() || undefined)
    } catch (caught) {
      setError(caught)
      setBusy(false)
    }
  }
  const registering = mode === 'register'

  return (
    <main class="auth-screen">
      <div class="auth-card">
        <div class="brand large">
          <span class="brand-mark" aria-hidden="true" />
          Chatter
        </div>
        <h1>{registering ? 'Create your account' : 'Sign in'}</h1>
        <form class="stack" onSubmit={submit}>
          {registering && (
            <Field label="Name">
              {(id) => (
                <input
                  id={id}
                  autocomplete="name"
                  value={name}
                  onInput={(e) => setName(e.currentTarget.value)}
                />
              )}
            </Field>
          )}
          <Field label="Email">
            {(id) => (
              <input
                id={id}
                type="email"
                required
                autocomplete="email"
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Password" hint={registering ? 'At least 12 characters.' : undefined}>
            {(id) => (
              <input
                id={id}
                type="password"
                required
                minLength={registering ? 12 : undefined}
                autocomplete={registering ? 'new-password' : 'current-password'}
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            )}
          </Field>
          <ErrorNotice error={error} />
          <button type="submit" class="button primary" disabled={busy}>
            {registering ? 'Create account' : 'Sign in'}
          </button>
        </form>
        <p class="muted switch-mode">
          {registering ? 'Already have an account? ' : 'New to Chatter? '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setMode(registering ? 'signIn' : 'register')
              setError(undefined)
            }}
          >
            {registering ? 'Sign in' : 'Create an account'}
          </button>
        </p>
      </div>
    </main>
  )
}
