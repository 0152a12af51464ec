/** The choices the screen form offers, from the API: datasets (`GET /catalog`) and algorithms (`GET /algorithms`). */
import { useQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import type { Algorithm, CatalogDataset } from './types'

export function useCatalog() {
  return useQuery({ queryKey: ['catalog'], queryFn: () => api.get<{ datasets: CatalogDataset[] }>('/catalog'), staleTime: 60_000 })
}

export function useAlgorithms() {
  return useQuery({
    queryKey: ['algorithms'],
    queryFn: () => api.get<{ algorithms: Algorithm[]; default: string }>('/algorithms'),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
