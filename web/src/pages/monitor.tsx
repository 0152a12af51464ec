/** One monitor: its book (size, open alerts), recent runs, and adding subjects for 'work'. */
import { Link, useParams } from 'wouter'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { AddSubjectsForm } from '../review/add-subjects-form'
import { MonitorSubjects } from '../review/monitor-subjects'
import { actorName } from '../review/format'
import { useMonitor } from '../review/queries'
import { When } from '../components/when'
import '../review/review.css'

export default function MonitorPage() {
  const id = Number(useParams<{ id: string }>().id)
  const monitor = useMonitor(id)
  const canWork = useCan('work')
  if (monitor.isPending) return <Loading what={`monitor ${id}`} />
  if (monitor.error) return <ErrorBox error={monitor.error} title={`Monitor ${id} could not be read`} />
  const m = monitor.data
  return (
    <Page title={`Monitor: ${m.name}`} actions={<Link href="/monitors">Back to the monitors</Link>}>
      <dl className="facts panel">
        <dt>Subjects</dt>
        <dd>{m.subjects}</dd>
        <dt>Open alerts</dt>
        <dd>
          <Link href={`/alerts?monitor=${m.id}`}>{m.open_alerts} open (see this monitor's alerts)</Link>
        </dd>
        <dt>Dataset</dt>
        <dd>{m.dataset}</dd>
        <dt>Algorithm and threshold</dt>
        <dd>
          {m.algorithm}, {m.threshold ?? 'default threshold'}
        </dd>
        <dt>Created</dt>
        <dd>
          {actorName(m.created_by)}, <When at={m.created_at} />
        </dd>
      </dl>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Runs</h2>
        <div className="table-scroll">
          <table>
            <caption>Recent runs, newest first (the first is the baseline)</caption>
            <thead>
              <tr>
                <th scope="col">Data version</th>
                <th scope="col">Started</th>
                <th scope="col">Finished</th>
                <th scope="col">Screened</th>
                <th scope="col">New alerts</th>
              </tr>
            </thead>
            <tbody>
              {m.runs.map((r) => (
                <tr key={`${r.data_version}:${r.started_at}`}>
                  <td>
                    <code>{r.data_version}</code>
                  </td>
                  <td>
                    <When at={r.started_at} />
                  </td>
                  <td>{r.finished_at ? <When at={r.finished_at} /> : 'running'}</td>
                  <td>{r.screened}</td>
                  <td>{r.alerts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="subjects-heading">
        <h2 id="subjects-heading">Subjects ({m.subjects})</h2>
        <MonitorSubjects monitorId={m.id} />
      </section>
      {canWork && (
        <section className="panel" aria-labelledby="add-subjects-heading">
          <h2 id="add-subjects-heading">Add subjects</h2>
          <AddSubjectsForm monitorId={m.id} />
        </section>
      )}
    </Page>
  )
}
