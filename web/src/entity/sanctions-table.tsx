/** The entity's sanctions (nested Sanction entities): who imposed them, under which programme, and when. */
import { ScriptText } from '../components/text'
import { type Entity, nested, texts } from './types'

const join = (values: string[]) => (values.length ? values.join('; ') : '—')

function Dates({ values }: { values: string[] }) {
  if (values.length === 0) return <span className="muted">—</span>
  return (
    <>
      {values.map((d) => (
        <time key={d} dateTime={d}>
          {d}
        </time>
      ))}
    </>
  )
}

export function SanctionsTable({ entity }: { entity: Entity }) {
  const sanctions = nested(entity, 'sanctions')
  return (
    <section aria-labelledby="sanctions-heading">
      <h2 id="sanctions-heading">Sanctions ({sanctions.length})</h2>
      {sanctions.length === 0 ? (
        <p className="muted">No sanction is recorded against this entity itself.</p>
      ) : (
        <table className="dense">
          <caption className="visually-hidden">Sanctions against {entity.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Authority</th>
              <th scope="col">Programme</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Listed</th>
              <th scope="col">Reason and provisions</th>
              <th scope="col">Dataset</th>
            </tr>
          </thead>
          <tbody>
            {sanctions.map((s) => (
              <tr key={s.id}>
                <td>
                  <ScriptText>{join(texts(s, 'authority'))}</ScriptText>
                </td>
                <td>
                  <ScriptText>{join([...texts(s, 'program'), ...texts(s, 'programId')])}</ScriptText>
                </td>
                <td>
                  <Dates values={texts(s, 'startDate')} />
                </td>
                <td>
                  <Dates values={texts(s, 'endDate')} />
                </td>
                <td>
                  <Dates values={texts(s, 'listingDate')} />
                </td>
                <td>
                  <ScriptText>{join([...texts(s, 'reason'), ...texts(s, 'provisions'), ...texts(s, 'summary')])}</ScriptText>
                </td>
                <td>{s.datasets.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
