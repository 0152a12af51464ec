/**
 * The review pages' reads, one query key each, and the one invalidation every change calls: a
 * decision moves an alert between queues, closes it, whitelists a pair and writes the audit log.
 */
import { type QueryClient, useQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import type { AlertDetail, AlertPage, AuditRecord, CaseDetail, CaseView, MonitorDetail, MonitorView, WhitelistEntry } from './types'

export type Filters = Record<string, string | undefined>

export const keys = {
  alerts: (filters: Filters) => ['alerts', filters] as const,
  alert: (id: number) => ['alert', id] as const,
  cases: (filters: Filters) => ['cases', filters] as const,
  case: (id: number) => ['case', id] as const,
  whitelist: (includeRemoved: boolean) => ['whitelist', includeRemoved] as const,
  audit: (filters: Filters) => ['audit', filters] as const,
  monitors: ['monitors'] as const,
  monitor: (id: number) => ['monitor', id] as const,
  catalog: ['catalog'] as const,
}

/** Every review read may have changed: refetch what is on screen, drop the rest. */
export function invalidateReview(client: QueryClient): Promise<void> {
  const roots = new Set(['alerts', 'alert', 'cases', 'case', 'whitelist', 'audit', 'monitors', 'monitor'])
  return client.invalidateQueries({ predicate: (q) => roots.has(String(q.queryKey[0])) })
}

export const useAlerts = (filters: Filters) => useQuery({ queryKey: keys.alerts(filters), queryFn: () => api.get<AlertPage>('/v1/alerts', filters) })

export const useAlert = (id: number) => useQuery({ queryKey: keys.alert(id), queryFn: () => api.get<AlertDetail>(`/v1/alerts/${id}`) })

export const useCases = (filters: Filters) => useQuery({ queryKey: keys.cases(filters), queryFn: () => api.get<{ cases: CaseView[] }>('/v1/cases', filters) })

export const useCase = (id: number) => useQuery({ queryKey: keys.case(id), queryFn: () => api.get<CaseDetail>(`/v1/cases/${id}`) })

export const useWhitelist = (includeRemoved: boolean) =>
  useQuery({
    queryKey: keys.whitelist(includeRemoved),
    queryFn: () => api.get<{ entries: WhitelistEntry[] }>('/v1/whitelist', { include_removed: includeRemoved ? 'true' : undefined }),
  })

export const useAudit = (filters: Filters, enabled = true) =>
  useQuery({
    queryKey: keys.audit(filters),
    queryFn: () => api.get<{ records: AuditRecord[]; next: number | null }>('/v1/audit', filters),
    enabled,
  })

export const useMonitors = () => useQuery({ queryKey: keys.monitors, queryFn: () => api.get<{ monitors: MonitorView[] }>('/v1/monitors') })

export const useMonitor = (id: number) => useQuery({ queryKey: keys.monitor(id), queryFn: () => api.get<MonitorDetail>(`/v1/monitors/${id}`) })

/** The dataset names a filter or a new monitor may use. */
export const useDatasetNames = () =>
  useQuery({
    queryKey: keys.catalog,
    queryFn: async () => (await api.get<{ datasets: Array<{ name: string; title: string }> }>('/catalog')).datasets,
    staleTime: 5 * 60_000,
  })
