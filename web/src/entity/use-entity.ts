/**
 * One entity from `GET /entities/:id`. A merged id answers 308 to its canonical id; fetch follows
 * it, so the entity's own `id` is the canonical one and may differ from the id asked for.
 */
import { useQuery } from '@tanstack/react-query'
import { api } from '../api/client'
import type { Entity } from './types'

export const entityKey = (id: string) => ['entity', id]

export function fetchEntity(id: string): Promise<Entity> {
  return api.get<Entity>(`/entities/${encodeURIComponent(id)}`)
}

export function useEntity(id: string) {
  return useQuery({ queryKey: entityKey(id), queryFn: () => fetchEntity(id), staleTime: 60_000 })
}
