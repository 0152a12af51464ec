/** An alert's state and origin in one list: status, who has it, its case, when and from which data. */
import { Link } from 'wouter'
import { AlertStatus } from './alert-status'
import type { AlertView } from './types'
import { When } from '../components/when'

export function AlertFacts({ alert }: { alert: AlertView }) {
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>
        <AlertStatus status={alert.status} resolution={alert.resolution} />
      </dd>
      <dt>Assignee</dt>
      <dd>{alert.assignee ?? 'nobody'}</dd>
      <dt>Case</dt>
      <dd>{alert.case_id ? <Link href={`/cases/${alert.case_id}`}>Case {alert.case_id}</Link> : 'none'}</dd>
      <dt>Raised by</dt>
      <dd>
        {alert.trigger === 'screening' ? `screening ${alert.screening_id}` : alert.trigger}
        {alert.monitor_id !== null && (
          <>
            {' '}
            of <Link href={`/monitors/${alert.monitor_id}`}>monitor {alert.monitor_id}</Link>
          </>
        )}
      </dd>
      <dt>Opened</dt>
      <dd>
        <When at={alert.opened_at} />
      </dd>
      <dt>Last change</dt>
      <dd>
        <When at={alert.updated_at} />
      </dd>
      {alert.closed_at && (
        <>
          <dt>Closed</dt>
          <dd>
            <When at={alert.closed_at} />
          </dd>
        </>
      )}
      <dt>Dataset</dt>
      <dd>{alert.dataset}</dd>
      <dt>Data version</dt>
      <dd>
        <code>{alert.data_version}</code>
      </dd>
    </dl>
  )
}
