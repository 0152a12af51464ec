/**
 * Make a retired version live again, after a confirmation that says what changes: screening uses
 * it at once. The API audits the rollback under the signed-in admin.
 */
import { useEffect, useRef, useState } from 'react'
import { ErrorBox } from '../components/status'
import { useRollback } from './queries'
import type { Rollback } from './types'

interface Props {
  dataset: string
  version: string
  live: string
  onRolledBack: (answer: Rollback) => void
}

export function RollbackButton({ dataset, version, live, onRolledBack }: Props) {
  const [confirming, setConfirming] = useState(false)
  const rollback = useRollback(dataset)
  const confirm = useRef<HTMLButtonElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  // Focus follows the question: to "Yes" when it is asked, back to the button when it is cancelled.
  const opened = useRef(false)
  useEffect(() => {
    if (confirming) confirm.current?.focus()
    else if (opened.current) opener.current?.focus()
    opened.current = confirming
  }, [confirming])
  if (!confirming) {
    return (
      <button type="button" ref={opener} onClick={() => setConfirming(true)}>
        Roll back to <code>{version}</code>
      </button>
    )
  }
  return (
    <fieldset className="confirm">
      <legend>Roll back {dataset}?</legend>
      <p>
        Make <code>{version}</code> live in place of <code>{live}</code>? Screening uses it as soon as the index is rebuilt.
      </p>
      <div className="row">
        <button
          type="button"
          className="danger"
          ref={confirm}
          disabled={rollback.isPending}
          onClick={() => rollback.mutate(version, { onSuccess: onRolledBack })}
        >
          {rollback.isPending ? 'Rolling back…' : `Yes, roll back to ${version}`}
        </button>
        <button
          type="button"
          onClick={() => {
            setConfirming(false)
            rollback.reset()
          }}
        >
          Cancel
        </button>
      </div>
      {rollback.isError && <ErrorBox error={rollback.error} title="The rollback failed" />}
    </fieldset>
  )
}
