/** A finished batch's results, one plain link per format: the API sends each as an attachment. */
import { Link } from 'wouter'
import { type Batch, RESULT_FORMATS, resultsUrl } from './types'

export function BatchDownloads({ batch }: { batch: Batch }) {
  return (
    <>
      <ul className="downloads">
        {RESULT_FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={resultsUrl(batch.id, format)} download>
              Download results as {label}
            </a>
          </li>
        ))}
      </ul>
      {batch.recorded > 0 && (
        <p>
          {batch.recorded} rows recorded as screenings. <Link href="/alerts?status=open">{alertsLinkText(batch.alerts)}</Link>
        </p>
      )}
    </>
  )
}

// No new alert is normal on a second run: hits already open stay in the alerts they opened.
function alertsLinkText(alerts: number): string {
  if (alerts === 0) return 'No new alerts opened: see the open alerts'
  return alerts === 1 ? 'See the 1 alert opened' : `See the ${alerts} alerts opened`
}
