/** An entity of a diff by its caption, linked to its page (a removed one may no longer be served there). */
import { Link } from 'wouter'
import { ScriptText } from '../components/text'
import type { EntitySummary } from './types'

export function EntityLink({ entity }: { entity: EntitySummary }) {
  return (
    <>
      <Link href={`/entities/${encodeURIComponent(entity.id)}`}>
        <ScriptText>{entity.caption}</ScriptText>
      </Link>{' '}
      <code className="muted">{entity.id}</code>
    </>
  )
}
