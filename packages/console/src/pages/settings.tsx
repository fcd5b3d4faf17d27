import { useSession } from '../session'
import { PageHeader } from '../ui'
import { AccountCard } from './settings/account'
import { PreferencesCard } from './settings/preferences'
import { RetentionCard } from './settings/retention'
import { WorkspaceCard } from './settings/workspace'
import './settings/settings.css'

/** Your account, your preferences, and the current workspace's own settings. */
export default function SettingsPage() {
  const { isAdmin, workspaceId } = useSession()
  return (
    <div class="settings-page">
      <PageHeader
        title="Settings"
        description="Your account and preferences, and the settings of the current workspace."
      />
      <div class="settings-sections">
        <AccountCard />
        <PreferencesCard />
        <WorkspaceCard key={workspaceId} />
        {isAdmin && <RetentionCard key={workspaceId} />}
      </div>
    </div>
  )
}
