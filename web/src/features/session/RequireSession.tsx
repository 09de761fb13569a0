import { Navigate, Outlet, useLocation } from 'react-router'
import { isApiError } from '../../api/client'
import { useSession } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageLoader } from '../../components/PageState'

/** Renders the signed-in screens, or sends the visitor to /login (and back afterwards). */
export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  if (session.isPending) return <PageLoader label="Checking your session…" />
  if (session.isError) {
    if (isApiError(session.error) && session.error.status === 401) {
      return <Navigate to={loginPath(location.pathname + location.search)} replace />
    }
    return (
      <div style={{ maxWidth: 640, margin: '80px auto', padding: '0 16px' }}>
        <ErrorAlert error={session.error} title="Custodian could not check your session" />
      </div>
    )
  }
  return <Outlet />
}

export function loginPath(next: string): string {
  return next && next !== '/' && !next.startsWith('/login')
    ? `/login?next=${encodeURIComponent(next)}`
    : '/login'
}

/** Only same-site paths are followed after sign-in. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  return next
}
