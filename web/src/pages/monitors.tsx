/** Monitored books: the list, and (for 'work') creating one. */
import { Link } from 'wouter'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { actorName } from '../review/format'
import { NewMonitorForm } from '../review/new-monitor-form'
import { useMonitors } from '../review/queries'
import { When } from '../components/when'
import '../review/review.css'

export default function MonitorsPage() {
  const monitors = useMonitors()
  const canWork = useCan('work')
  return (
    <Page title="Monitors">
      <p className="muted">A monitor keeps a book of subjects and screens them again whenever a new data version goes live.</p>
      {monitors.isPending && <Loading what="monitors" />}
      {monitors.error && <ErrorBox error={monitors.error} title="The monitors could not be read" />}
      {monitors.data &&
        (monitors.data.monitors.length === 0 ? (
          <p className="muted">No monitors yet.</p>
        ) : (
          <table>
            <caption>Monitors</caption>
            <thead>
              <tr>
                <th scope="col">Monitor</th>
                <th scope="col">Dataset</th>
                <th scope="col">Algorithm</th>
                <th scope="col">Threshold</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {monitors.data.monitors.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link href={`/monitors/${m.id}`}>{m.name}</Link>
                  </td>
                  <td>{m.dataset}</td>
                  <td>{m.algorithm}</td>
                  <td>{m.threshold ?? 'default'}</td>
                  <td>
                    {actorName(m.created_by)}, <When at={m.created_at} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {canWork && (
        <section className="panel" aria-labelledby="new-monitor-heading">
          <h2 id="new-monitor-heading">Create a monitor</h2>
          <NewMonitorForm />
        </section>
      )}
    </Page>
  )
}
