/** The catalog, a dataset's versions and a diff between two, and the rollback that changes them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api/client'
import { type Catalog, datasetPath, type Rollback, type VersionDiff, type Versions } from './types'

// While the index is rebuilt (after an import or a rollback) the page asks again, to drop the notice when it is done.
const REBUILD_POLL_MS = 5000

export const useCatalog = () =>
  useQuery({
    queryKey: ['catalog'],
    queryFn: () => api.get<Catalog>('/catalog'),
    refetchInterval: (query) => (query.state.data?.index_stale ? REBUILD_POLL_MS : false),
  })

export const useVersions = (dataset: string) =>
  useQuery({ queryKey: ['dataset-versions', dataset], queryFn: () => api.get<Versions>(`${datasetPath(dataset)}/versions`) })

/** Sections list 50 entities each; the counts are always whole. */
const DIFF_LIMIT = 50

export const useDiff = (dataset: string, from: string | undefined, to: string | undefined) =>
  useQuery({
    queryKey: ['dataset-diff', dataset, from, to],
    queryFn: () => api.get<VersionDiff>(`${datasetPath(dataset)}/diff`, { from, to, limit: DIFF_LIMIT }),
    enabled: from !== undefined && to !== undefined && from !== to,
    // Kept versions never change, so neither does their diff.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })

export function useRollback(dataset: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (version: string) => api.post<Rollback>(`${datasetPath(dataset)}/rollback`, { version }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['catalog'] })
      client.invalidateQueries({ queryKey: ['dataset-versions', dataset] })
    },
  })
}
