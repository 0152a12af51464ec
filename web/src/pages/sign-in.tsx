/** Sign in with a user name and password (`POST /v1/auth/login` sets the session cookie). */

/** Where to go after signing in: the page the visitor asked for, if it is one of this app's. */
export function afterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('next')
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/screen'
}
import { type FormEvent, useState } from 'react'
import { useSession } from '../auth/session'
import { ErrorBox } from '../components/status'
import { Page } from '../components/page'

export function SignIn() {
  const { signIn } = useSession()
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(undefined)
    try {
      // Signed in, the app leaves this page for where the visitor was going (app.tsx).
      await signIn(String(form.get('user') ?? ''), String(form.get('password') ?? ''))
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="signin">
      <Page title="Sign in to Vigil">
        <p className="muted">
          The first start of <code>vigil serve</code> wrote an admin user and password to <code>admin-credentials</code> in Vigil's home folder (
          <code>~/.vigil</code> unless <code>VIGIL_HOME</code> says otherwise).
        </p>
        <form onSubmit={submit} className="stack">
          <label>
            User name
            <input name="user" autoComplete="username" required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
          {error !== undefined && <ErrorBox error={error} title="Could not sign in" />}
        </form>
      </Page>
    </div>
  )
}
