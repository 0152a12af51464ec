/** A monitor's book: its subjects, a page at a time (`GET /v1/monitors/:id/subjects`), in client-id order. */
import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import { ErrorBox, Loading } from '../components/status'
import { ScriptText } from '../components/text'

interface SubjectsPage {
  subjects: Array<{ client_id: string; subject: { schema: string; properties: Record<string, unknown[]> } }>
  next: string | null
}

const PAGE = 50
const SHOWN = ['name', 'country', 'nationality', 'birthDate', 'registrationNumber', 'idNumber']

export function MonitorSubjects({ monitorId }: { monitorId: number }) {
  const subjects = useInfiniteQuery({
    // Under 'monitor', so adding subjects (invalidateReview) refreshes the book too.
    queryKey: ['monitor', monitorId, 'subjects'],
    queryFn: ({ pageParam }) => api.get<SubjectsPage>(`/v1/monitors/${monitorId}/subjects`, { limit: PAGE, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  })
  if (subjects.isPending) return <Loading what="the subjects" />
  if (subjects.error) return <ErrorBox error={subjects.error} title="The subjects could not be read" />
  const rows = subjects.data.pages.flatMap((p) => p.subjects)
  if (rows.length === 0) return <p className="muted">No subjects yet.</p>
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>Subjects of monitor {monitorId}, by client id</caption>
          <thead>
            <tr>
              <th scope="col">Client id</th>
              <th scope="col">Schema</th>
              <th scope="col">Values</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ client_id, subject }) => (
              <tr key={client_id}>
                <th scope="row">
                  <code>{client_id}</code>
                </th>
                <td>{subject.schema}</td>
                <td>
                  {SHOWN.filter((p) => subject.properties[p]?.length).map((p) => (
                    <div key={p}>
                      <span className="muted">{p}:</span> <ScriptText>{(subject.properties[p] ?? []).map(String).join(' · ')}</ScriptText>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {subjects.hasNextPage && (
        <button type="button" onClick={() => subjects.fetchNextPage()} disabled={subjects.isFetchingNextPage}>
          {subjects.isFetchingNextPage ? 'Loading more subjects…' : 'Show more subjects'}
        </button>
      )}
    </>
  )
}
