/** What was screened beside what it matched: the two sides an analyst compares before deciding. */
import { Link } from 'wouter'
import { Badge, ScoreBar, ScriptText } from '../components/text'
import { subjectName } from './format'
import { PropertyList } from './property-list'
import type { AlertView } from './types'

export function SubjectAndEntity({ alert }: { alert: AlertView }) {
  const { subject, entity } = alert
  return (
    <div className="sides">
      <section className="panel" aria-labelledby="subject-heading">
        <h2 id="subject-heading">Subject screened</h2>
        <p>
          <strong>
            <ScriptText>{subjectName(subject)}</ScriptText>
          </strong>{' '}
          <Badge>{subject.schema}</Badge>
          {alert.client_id && <span className="muted"> · client id {alert.client_id}</span>}
        </p>
        <PropertyList properties={subject.properties} />
      </section>
      <section className="panel" aria-labelledby="entity-heading">
        <h2 id="entity-heading">Matched entity</h2>
        <p>
          <Link href={`/entities/${encodeURIComponent(entity.id)}`}>
            <ScriptText>{entity.caption}</ScriptText>
          </Link>{' '}
          <Badge>{entity.schema}</Badge> <ScoreBar score={alert.score} label="Match score" />
        </p>
        <p className="muted">
          Listed in {entity.datasets.join(', ')} · entity id <code>{entity.id}</code>
        </p>
        <PropertyList properties={entity.properties} />
      </section>
    </div>
  )
}
