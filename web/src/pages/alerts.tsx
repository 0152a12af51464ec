/**
 * The alert inbox: filters in the URL, a keyboard-walkable table, and (for 'work') decisions
 * started from the keyboard on the selected alert without leaving the queue.
 */
import { useCallback, useState } from 'react'
import { useLocation } from 'wouter'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { ALERT_FILTERS, AlertFilters } from '../review/alert-filters'
import { AlertsTable } from '../review/alerts-table'
import { DecisionPanel } from '../review/decision-panel'
import { KeyboardHelp } from '../review/keyboard-help'
import { Pager } from '../review/pager'
import { useAlerts } from '../review/queries'
import type { AlertView, Decision } from '../review/types'
import { useInboxKeys } from '../review/use-inbox-keys'
import { useUrlFilters } from '../review/url-filters'
import '../review/review.css'

const PAGE_SIZE = 50

export default function AlertsPage() {
  const [filters, setFilters] = useUrlFilters(ALERT_FILTERS)
  const offset = Number(filters.offset ?? 0)
  const alerts = useAlerts({ ...filters, limit: String(PAGE_SIZE) })
  const canWork = useCan('work')
  const [, navigate] = useLocation()
  const [selected, setSelected] = useState(0)
  const [focusNonce, setFocusNonce] = useState(0)
  const [deciding, setDeciding] = useState<{ alert: AlertView; decision: Decision }>()
  const [helpOpen, setHelpOpen] = useState(false)
  const [message, setMessage] = useState<string>()
  const list = alerts.data?.alerts ?? []
  const current = list[Math.min(selected, list.length - 1)]
  const focusRow = () => setFocusNonce((n) => n + 1)
  const move = useCallback(
    (by: number) => {
      setSelected((s) => Math.max(0, Math.min(list.length - 1, s + by)))
      setFocusNonce((n) => n + 1)
    },
    [list.length],
  )
  const open = useCallback(() => current && navigate(`/alerts/${current.id}`), [current, navigate])
  const decide = useCallback((decision: Decision) => current && setDeciding({ alert: current, decision }), [current])
  const toggleHelp = useCallback(() => setHelpOpen((o) => !o), [])
  useInboxKeys({ count: list.length, move, open, decide: canWork ? decide : undefined, toggleHelp })
  function decided(alert: AlertView) {
    setDeciding(undefined)
    setMessage(`Alert ${alert.id}: ${alert.status === 'pending_review' ? 'decision proposed, waiting for a reviewer' : 'escalated'}.`)
    focusRow()
  }
  return (
    <Page title="Alerts">
      <AlertFilters filters={filters} onChange={setFilters} />
      <KeyboardHelp open={helpOpen} onToggle={setHelpOpen} canDecide={canWork} />
      <div role="status">{message && <p className="success">{message}</p>}</div>
      {alerts.isPending && <Loading what="alerts" />}
      {alerts.error && <ErrorBox error={alerts.error} title="The alerts could not be read" />}
      {alerts.data && (
        <div className={deciding ? 'inbox-layout deciding' : 'inbox-layout'}>
          <div>
            <AlertsTable
              alerts={list}
              selected={Math.min(selected, list.length - 1)}
              onSelect={setSelected}
              onOpen={(a) => navigate(`/alerts/${a.id}`)}
              label="Alerts inbox"
              focusSelected={focusNonce}
            />
            <Pager
              label="Alert pages"
              offset={offset}
              limit={PAGE_SIZE}
              shown={list.length}
              total={alerts.data.total}
              onOffset={(o) => {
                setSelected(0)
                setFilters({ offset: o ? String(o) : undefined })
              }}
            />
          </div>
          {deciding && (
            <DecisionPanel
              alert={deciding.alert}
              decision={deciding.decision}
              onDone={decided}
              onClose={() => {
                setDeciding(undefined)
                focusRow()
              }}
            />
          )}
        </div>
      )}
    </Page>
  )
}
