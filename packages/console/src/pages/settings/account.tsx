import { ChatterApiError } from '@chatter/sdk'
import { UserRound } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, useToast } from '../../ui'
import { CardHeader, type FieldErrors, fieldErrorsOf, formatDate, SettingsField } from './form'

const empty = { currentPassword: '', newPassword: '', confirm: '' }

/** Who is signed in, and changing the password (which signs out every other session). */
export function AccountCard() {
  const { me } = useSession()
  const { user } = me
  const initials = (user.name ?? user.email)
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('')
  return (
    <section class="card settings-card" aria-labelledby="settings-account">
      <CardHeader id="settings-account" title="Your account" icon={<UserRound size={18} />}>
        The same in every workspace.
      </CardHeader>
      <div class="settings-identity">
        <span class="settings-avatar" aria-hidden="true">
          {initials}
        </span>
        <dl class="settings-facts">
          <div>
            <dt>Name</dt>
            <dd>{user.name ?? <span class="muted">Not given</span>}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>Member since</dt>
            <dd>{formatDate(user.createdAt)}</dd>
          </div>
        </dl>
      </div>
      <PasswordForm email={user.email} />
    </section>
  )
}

function PasswordForm({ email }: { email: string }) {
  const { client } = useSession()
  const toast = useToast()
  const [form, setForm] = useState(empty)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const set = (field: keyof typeof empty) => (e: { currentTarget: HTMLInputElement }) =>
    setForm({ ...form, [field]: e.currentTarget.value })

  const submit = async (event: Event) => {
    event.preventDefault()
    setError(undefined)
    if (form.newPassword !== form.confirm) {
      setErrors({ confirm: 'This does not match the new password.' })
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await client.unwrap(
        client.api.POST('/v1/auth/password', {
          body: { currentPassword: form.currentPassword, newPassword: form.newPassword },
        }),
      )
      setForm(empty)
      toast('Password changed. Your other sessions were signed out.')
    } catch (caught) {
      const fields = fieldErrorsOf(caught)
      // A wrong current password is a 403 without fields: it belongs beside that field.
      if (caught instanceof ChatterApiError && caught.code === 'auth.forbidden')
        setErrors({ currentPassword: caught.message })
      else if (fields) setErrors(fields)
      else setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="settings-subsection" onSubmit={submit} aria-labelledby="settings-password">
      <h3 id="settings-password">Change password</h3>
      <p class="muted small settings-lead">
        Every other place you are signed in (other browsers, devices) is signed out; this one stays.
      </p>
      {/* Lets password managers know whose password this is. */}
      <input type="text" name="username" autocomplete="username" value={email} hidden readOnly />
      <div class="settings-fields">
        <SettingsField label="Current password" error={errors.currentPassword}>
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="current-password"
              required
              value={form.currentPassword}
              onInput={set('currentPassword')}
            />
          )}
        </SettingsField>
        <SettingsField
          label="New password"
          hint="At least 12 characters; a few unrelated words work well."
          error={errors.newPassword}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="new-password"
              required
              value={form.newPassword}
              onInput={set('newPassword')}
            />
          )}
        </SettingsField>
        <SettingsField label="Confirm new password" error={errors.confirm}>
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="new-password"
              required
              value={form.confirm}
              onInput={set('confirm')}
            />
          )}
        </SettingsField>
      </div>
      <ErrorNotice error={error} />
      <div class="settings-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  )
}
