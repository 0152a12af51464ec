/** The app's frame: the menu the user's role may see, the signed-in user, and the pages. */
import { type ReactNode, Suspense, lazy } from 'react'
import { Link, Redirect, Route, Switch, useLocation, useSearch } from 'wouter'
import { type Permission, useCan, useSession } from './auth/session'
import { Loading } from './components/status'
import { afterSignIn, SignIn } from './pages/sign-in'
import { PAGES } from './routes'

// Each page is its own chunk: the sign-in page loads without the graph and map libraries.
const ScreenPage = lazy(() => import('./pages/screen'))
const EntityPage = lazy(() => import('./pages/entity'))
const AlertsPage = lazy(() => import('./pages/alerts'))
const AlertPage = lazy(() => import('./pages/alert'))
const ApprovalsPage = lazy(() => import('./pages/approvals'))
const CasesPage = lazy(() => import('./pages/cases'))
const CasePage = lazy(() => import('./pages/case'))
const WhitelistPage = lazy(() => import('./pages/whitelist'))
const ShipmentsPage = lazy(() => import('./pages/shipments'))
const BatchesPage = lazy(() => import('./pages/batches'))
const DataPage = lazy(() => import('./pages/data'))
const MonitorsPage = lazy(() => import('./pages/monitors'))
const MonitorPage = lazy(() => import('./pages/monitor'))
const AuditPage = lazy(() => import('./pages/audit'))

export function App() {
  const { me, loading } = useSession()
  const [location] = useLocation()
  const search = useSearch()
  if (loading) return <Loading what="your session" />
  if (!me) {
    if (location !== '/signin') return <Redirect to={`/signin?next=${encodeURIComponent(location + (search ? `?${search}` : ''))}`} replace />
    return (
      <main id="main">
        <SignIn />
      </main>
    )
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar />
      <main id="main">
        <Suspense fallback={<Loading what="the page" />}>
          <Switch>
            <Route path="/">
              <Redirect to="/screen" replace />
            </Route>
            <Route path="/signin">
              <Redirect to={afterSignIn(search)} replace />
            </Route>
            <Guarded path="/screen" need="screen" page={<ScreenPage />} />
            <Guarded path="/entities/:id" need="screen" page={<EntityPage />} />
            <Guarded path="/alerts" need="read_records" page={<AlertsPage />} />
            <Guarded path="/alerts/:id" need="read_records" page={<AlertPage />} />
            <Guarded path="/approvals" need="review" page={<ApprovalsPage />} />
            <Guarded path="/cases" need="read_records" page={<CasesPage />} />
            <Guarded path="/cases/:id" need="read_records" page={<CasePage />} />
            <Guarded path="/whitelist" need="read_records" page={<WhitelistPage />} />
            <Guarded path="/shipments" need="screen" page={<ShipmentsPage />} />
            <Guarded path="/batches" need="screen" page={<BatchesPage />} />
            <Guarded path="/data" need="screen" page={<DataPage />} />
            <Guarded path="/monitors" need="read_records" page={<MonitorsPage />} />
            <Guarded path="/monitors/:id" need="read_records" page={<MonitorPage />} />
            <Guarded path="/audit" need="audit" page={<AuditPage />} />
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  )
}

function Guarded({ path, need, page }: { path: string; need: Permission; page: ReactNode }) {
  const allowed = useCan(need)
  return <Route path={path}>{allowed ? page : <NotAllowed need={need} />}</Route>
}

function TopBar() {
  const { me, signOut } = useSession()
  const [location, navigate] = useLocation()
  const permissions = new Set(me?.permissions ?? [])
  return (
    <header className="topbar">
      <Link href="/screen" className="brand">
        Vigil
      </Link>
      <nav aria-label="Main">
        <ul>
          {PAGES.filter((p) => p.menu && permissions.has(p.need)).map((p) => (
            <li key={p.path}>
              <Link href={p.path} aria-current={location === p.path || location.startsWith(`${p.path}/`) ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="whoami">
        <span>
          Signed in as <strong>{me?.user}</strong> <span className="badge badge-info">{me?.role}</span>
        </span>
        <button
          type="button"
          onClick={async () => {
            await signOut()
            navigate('/signin')
          }}
        >
          Sign out
        </button>
      </div>
    </header>
  )
}

function NotAllowed({ need }: { need: Permission }) {
  const { me } = useSession()
  return (
    <section className="page">
      <h1>Not available to your role</h1>
      <p>
        This page needs the <code>{need}</code> permission; you are signed in as <strong>{me?.user}</strong> with role <strong>{me?.role}</strong>.
      </p>
    </section>
  )
}

function NotFound() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        <Link href="/screen">Go to screening</Link>
      </p>
    </section>
  )
}
