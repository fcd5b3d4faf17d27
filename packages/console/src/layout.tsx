import {
  Bot,
  CalendarClock,
  ChartLine,
  FileText,
  KeyRound,
  type LucideIcon,
  Menu,
  MessageSquare,
  NotebookPen,
  ScrollText,
  Search,
  Settings,
  SlidersHorizontal,
  Users,
  Wrench,
} from 'lucide-preact'
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { InvitationsBanner } from './components/invitations-banner'
import { useSession } from './session'
import { ErrorNotice, Field, Modal, useToast } from './ui'

interface NavItem {
  href: string
  label: string
  icon: LucideIcon
}

const workNav: NavItem[] = [
  { href: '/chat', label: 'Chat', icon: MessageSquare },
  { href: '/search', label: 'Search', icon: Search },
  { href: '/documents', label: 'Documents', icon: FileText },
]
const buildNav: NavItem[] = [
  { href: '/prompts', label: 'Prompts', icon: NotebookPen },
  { href: '/agents', label: 'Agents', icon: Bot },
  { href: '/tool-servers', label: 'Tool servers', icon: Wrench },
  { href: '/profiles', label: 'Model profiles', icon: SlidersHorizontal },
]
const adminNav: NavItem[] = [
  { href: '/admin/usage', label: 'Usage', icon: ChartLine },
  { href: '/admin/members', label: 'Members', icon: Users },
  { href: '/admin/api-keys', label: 'API keys', icon: KeyRound },
  { href: '/admin/audit', label: 'Audit log', icon: ScrollText },
  { href: '/admin/reports', label: 'Reports', icon: CalendarClock },
]

function NavGroup({ title, items, path }: { title: string; items: NavItem[]; path: string }) {
  return (
    <div class="nav-group">
      <h2 class="nav-title">{title}</h2>
      <ul>
        {items.map((item) => {
          // `/` is the chat page too.
          const current =
            path === item.href ||
            path.startsWith(`${item.href}/`) ||
            (item.href === '/chat' && path === '/')
          return (
            <li key={item.href}>
              <a href={item.href} class="nav-link" aria-current={current ? 'page' : undefined}>
                <item.icon aria-hidden="true" class="nav-icon" size={18} />
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function WorkspaceSwitcher() {
  const session = useSession()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<unknown>()
  const create = async (event: Event) => {
    event.preventDefault()
    try {
      const workspace = await session.client.unwrap(
        session.client.api.POST('/v1/workspaces', { body: { name: name.trim() } }),
      )
      await session.reloadMe()
      session.switchWorkspace(workspace.id)
      toast(`Created workspace ${workspace.name}`)
      setCreating(false)
      setName('')
    } catch (caught) {
      setError(caught)
    }
  }
  return (
    <div class="workspace-switcher">
      <label for="workspace-select" class="nav-title">
        Workspace
      </label>
      <select
        id="workspace-select"
        value={session.workspaceId}
        onChange={(e) => {
          const value = e.currentTarget.value
          if (value === '__new') {
            e.currentTarget.value = session.workspaceId
            setCreating(true)
          } else session.switchWorkspace(value)
        }}
      >
        {session.me.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.id === session.me.personalWorkspaceId ? `${w.name} (personal)` : w.name} · {w.role}
          </option>
        ))}
        <option value="__new">+ New workspace…</option>
      </select>
      <Modal title="New workspace" open={creating} onClose={() => setCreating(false)}>
        <form class="stack" onSubmit={create}>
          <Field label="Name">
            {(id) => (
              <input
                id={id}
                required
                maxLength={100}
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            )}
          </Field>
          <ErrorNotice error={error} />
          <div class="row end">
            <button type="submit" class="button primary">
              Create workspace
            </button>
          </div>
        </form>
      </Modal>
    </div>
  )
}

/** The frame around every page: navigation (a drawer on small screens), workspace, account. */
export function Layout({ children }: { children: ComponentChildren }) {
  const session = useSession()
  const { path } = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)
  // Following a link closes the drawer.
  useEffect(() => setMenuOpen(false), [path])
  const { user } = session.me

  return (
    <div class={menuOpen ? 'shell menu-open' : 'shell'}>
      <a href="#main" class="skip-link">
        Skip to content
      </a>
      <header class="topbar">
        <button
          type="button"
          class="icon-button menu-button"
          aria-label="Menu"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <Menu aria-hidden="true" size={20} />
        </button>
        <span class="brand">
          <span class="brand-mark" aria-hidden="true" />
          Chatter
        </span>
      </header>
      <nav id="sidebar" class="sidebar" aria-label="Main">
        <div class="brand sidebar-brand">
          <span class="brand-mark" aria-hidden="true" />
          Chatter
        </div>
        <WorkspaceSwitcher />
        <NavGroup title="Work" items={workNav} path={path} />
        <NavGroup title="Build" items={buildNav} path={path} />
        {session.isAdmin && <NavGroup title="Admin" items={adminNav} path={path} />}
        <div class="account">
          <a
            href="/settings"
            class="icon-button account-settings"
            aria-label="Settings"
            title="Settings"
            aria-current={path === '/settings' ? 'page' : undefined}
          >
            <Settings aria-hidden="true" size={18} />
          </a>
          <div class="account-who">
            <span class="account-name">{user.name ?? user.email}</span>
            {user.name && <span class="muted small">{user.email}</span>}
          </div>
          <button type="button" class="button small" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </nav>
      <main id="main" class="content" tabIndex={-1}>
        <InvitationsBanner />
        {children}
      </main>
    </div>
  )
}
