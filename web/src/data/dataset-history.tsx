/** One dataset's kept versions, the diff between two of them, and (for admins) a rollback. */
import { useEffect, useRef, useState } from 'react'
import { ErrorBox, Loading } from '../components/status'
import { ScriptText } from '../components/text'
import { useVersions } from './queries'
import type { Rollback } from './types'
import { VersionDiffView } from './version-diff'
import { VersionsTable } from './versions-table'

export function DatasetHistory({ dataset, title }: { dataset: string; title: string }) {
  const versions = useVersions(dataset)
  const heading = useRef<HTMLHeadingElement>(null)
  const done = useRef<HTMLParagraphElement>(null)
  const [rolledBack, setRolledBack] = useState<Rollback | null>(null)
  // Mounted afresh for each dataset (by its key): the heading takes focus as the section opens.
  useEffect(() => heading.current?.focus(), [])
  // The rollback's button goes with its row: focus moves to the message that says what happened.
  useEffect(() => {
    if (rolledBack) done.current?.focus()
  }, [rolledBack])
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title" ref={heading} tabIndex={-1}>
        Versions of <ScriptText>{title}</ScriptText>
      </h2>
      <p ref={done} role="status" tabIndex={-1} className={rolledBack ? 'success' : undefined}>
        {rolledBack && (
          <>
            Rolled back: <code>{rolledBack.version}</code> is live, <code>{rolledBack.previous}</code> is kept as retired.
          </>
        )}
      </p>
      {versions.isPending && <Loading what="the versions" />}
      {versions.isError && <ErrorBox error={versions.error} title="The versions could not be read" />}
      {versions.data && (
        <>
          <VersionsTable versions={versions.data} title={title} onRolledBack={setRolledBack} />
          <h3>What changed</h3>
          <VersionDiffView key={versions.data.live ?? ''} versions={versions.data} title={title} />
        </>
      )}
    </section>
  )
}
