import type { Schemas } from '@chatter/sdk'
import { Plus } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { useSession } from '../session'
import {
  Empty,
  ErrorNotice,
  LoadMore,
  Modal,
  PageHeader,
  Spinner,
  useAsync,
  usePages,
  useToast,
} from '../ui'
import { ProfileCard } from './profiles/profile-card'
import { ProfileForm } from './profiles/profile-form'
import './profiles/profiles.css'

type Profile = Schemas['Profile']
type Editing = { mode: 'new' } | { mode: 'edit'; profile: Profile }

/** The workspace's model profiles: how it answers, and which one answers by default. */
export default function ProfilesPage() {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const list = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/profiles', {
          params: { query: { limit: 25, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client],
  )
  // Templates name a profile's instructions on its card and are choices in the form.
  const prompts = useAsync(
    () =>
      client
        .unwrap(client.api.GET('/v1/prompts', { params: { query: { limit: 100 } } }))
        .then((page) => page.items),
    [client],
  )
  const [editing, setEditing] = useState<Editing>()

  const saved = (profile: Profile) => {
    const created = editing?.mode === 'new'
    list.setItems((all) =>
      created ? [profile, ...all] : all.map((p) => (p.id === profile.id ? profile : p)),
    )
    setEditing(undefined)
    toast(
      created && profile.isDefault
        ? `Created ${profile.name}, the workspace’s default profile`
        : `${created ? 'Created' : 'Saved'} ${profile.name}`,
    )
  }

  const makeDefault = async (profile: Profile) => {
    const updated = await client.unwrap(
      client.api.POST('/v1/profiles/{id}/default', { params: { path: { id: profile.id } } }),
    )
    list.setItems((all) =>
      all.map((p) => (p.id === updated.id ? updated : { ...p, isDefault: false })),
    )
    toast(`${profile.name} is now the default profile`)
  }

  const remove = async (profile: Profile) => {
    await client.unwrap(
      client.api.DELETE('/v1/profiles/{id}', { params: { path: { id: profile.id } } }),
    )
    list.setItems((all) => all.filter((p) => p.id !== profile.id))
    toast(
      profile.isDefault
        ? `Deleted ${profile.name}; the platform’s default model answers now`
        : `Deleted profile ${profile.name}`,
    )
  }

  const empty = list.items.length === 0 && !list.loading && !list.error
  return (
    <div class="stack profiles-page">
      <PageHeader
        title="Model profiles"
        description="Which model answers in this workspace, with what instructions, settings and knowledge. The default profile answers unless a chat or agent picks another."
        actions={
          canWrite && (
            <button
              type="button"
              class="button primary"
              onClick={() => setEditing({ mode: 'new' })}
            >
              <Plus aria-hidden="true" size={16} />
              New profile
            </button>
          )
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.items.length === 0 && list.loading && <Spinner label="Loading profiles" />}
      {empty && (
        <Empty title="No model profiles yet">
          <p>
            A profile names a provider and model and how it answers: its system prompt, temperature,
            answer length, fallbacks and whether it searches your documents.
          </p>
          <p>
            Until there is one, the platform’s default model answers every chat.{' '}
            {canWrite && 'The first profile you create becomes the default.'}
          </p>
        </Empty>
      )}
      {list.items.length > 0 && (
        <ul class="profiles-cards">
          {list.items.map((profile) => (
            <ProfileCard
              key={profile.id}
              profile={profile}
              prompts={prompts.data ?? []}
              canWrite={canWrite}
              onEdit={() => setEditing({ mode: 'edit', profile })}
              onMakeDefault={() => makeDefault(profile)}
              onDelete={() => remove(profile)}
            />
          ))}
        </ul>
      )}
      {list.items.length > 0 && (
        <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      )}
      <Modal
        title={editing?.mode === 'edit' ? `Edit ${editing.profile.name}` : 'New profile'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        wide
      >
        {editing && (
          <ProfileForm
            key={editing.mode === 'edit' ? editing.profile.id : 'new'}
            profile={editing.mode === 'edit' ? editing.profile : undefined}
            profiles={list.items}
            prompts={prompts.data ?? []}
            promptsError={prompts.error}
            onSaved={saved}
          />
        )}
      </Modal>
    </div>
  )
}
