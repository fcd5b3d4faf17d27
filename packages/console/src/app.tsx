import { LocationProvider, lazy, Route, Router } from 'preact-iso'
import { Layout } from './layout'
import { SessionProvider, useSessionState } from './session'
import { SignInPage } from './sign-in'
import { Spinner, ToastProvider } from './ui'

// Each page is its own chunk: the charts load with the usage page, the highlighter with chat.
const ChatPage = lazy(() => import('./pages/chat'))
const DocumentsPage = lazy(() => import('./pages/documents'))
const SearchPage = lazy(() => import('./pages/search'))
const PromptsPage = lazy(() => import('./pages/prompts'))
const AgentsPage = lazy(() => import('./pages/agents'))
const ToolServersPage = lazy(() => import('./pages/tool-servers'))
const ProfilesPage = lazy(() => import('./pages/profiles'))
const SettingsPage = lazy(() => import('./pages/settings'))
const MembersPage = lazy(() => import('./admin/members'))
const ApiKeysPage = lazy(() => import('./admin/api-keys'))
const AuditPage = lazy(() => import('./admin/audit'))
const UsagePage = lazy(() => import('./admin/usage'))
const ReportsPage = lazy(() => import('./admin/reports'))
const NotFoundPage = lazy(() => import('./pages/not-found'))

/** The paths of the console (the server answers index.html for each; see routes/console.ts). */
export const consolePaths = [
  '/',
  '/chat',
  '/chat/:id',
  '/documents',
  '/search',
  '/prompts',
  '/agents',
  '/tool-servers',
  '/profiles',
  '/settings',
  '/admin/members',
  '/admin/api-keys',
  '/admin/audit',
  '/admin/usage',
  '/admin/reports',
] as const

function Pages() {
  return (
    <Router>
      <Route path="/" component={ChatPage} />
      <Route path="/chat" component={ChatPage} />
      <Route path="/chat/:id" component={ChatPage} />
      <Route path="/documents" component={DocumentsPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/prompts" component={PromptsPage} />
      <Route path="/agents" component={AgentsPage} />
      <Route path="/tool-servers" component={ToolServersPage} />
      <Route path="/profiles" component={ProfilesPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/admin/members" component={MembersPage} />
      <Route path="/admin/api-keys" component={ApiKeysPage} />
      <Route path="/admin/audit" component={AuditPage} />
      <Route path="/admin/usage" component={UsagePage} />
      <Route path="/admin/reports" component={ReportsPage} />
      <Route default component={NotFoundPage} />
    </Router>
  )
}

function Gate() {
  const { status, session } = useSessionState()
  if (status === 'loading')
    return (
      <div class="center-screen">
        <Spinner label="Starting Chatter" />
      </div>
    )
  if (!session) return <SignInPage />
  return (
    // Switching workspace remounts the pages, so nothing of the other workspace lingers.
    <Layout key={session.workspaceId}>
      <Pages />
    </Layout>
  )
}

export function App() {
  return (
    <LocationProvider>
      <ToastProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </ToastProvider>
    </LocationProvider>
  )
}
