/** A target's audit trail (an alert's, a case's) as a list, oldest first: who did what, when, and why. */
import { auditNote, auditSentence } from './audit-words'
import type { AuditRecord } from './types'
import { When } from '../components/when'

export function HistoryList({ records, label }: { records: AuditRecord[]; label: string }) {
  if (records.length === 0) return <p className="muted">Nothing recorded yet.</p>
  return (
    <ol className="history" aria-label={label}>
      {records.map((record) => {
        const note = auditNote(record)
        return (
          <li key={record.seq}>
            <When at={record.at} /> · <span className="history-what">{auditSentence(record)}</span> <span className="muted">(audit #{record.seq})</span>
            {note && <p className="history-details">“{note}”</p>}
          </li>
        )
      })}
    </ol>
  )
}
