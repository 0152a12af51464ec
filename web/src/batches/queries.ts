/** The batch list and one batch, polled while anything runs, and the upload that starts a batch. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, request, withQuery } from '../api/client'
import { type Batch, batchPath } from './types'
import { uploadTypeOf } from './upload-type'

// The page shows live progress: a second is as often as a person reads a counter.
const POLL_MS = 1000

export function useBatch(id: string | undefined) {
  return useQuery({
    queryKey: ['batches', id],
    queryFn: () => api.get<Batch>(batchPath(id ?? '')),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  })
}

export function useBatches() {
  return useQuery({
    queryKey: ['batches'],
    queryFn: () => api.get<{ batches: Batch[] }>('/v1/batches'),
    refetchInterval: (query) => (query.state.data?.batches.some((b) => b.status === 'running') ? POLL_MS * 3 : false),
  })
}

export interface UploadOptions {
  file: File
  schema: string
  dataset: string
  threshold: string
  record: boolean
}

export function useUpload() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ file, schema, dataset, threshold, record }: UploadOptions) => {
      const type = uploadTypeOf(file)
      if (!type) throw new Error(`“${file.name}” is not a CSV, XLSX or JSON lines file: choose a file ending in .csv, .xlsx or .jsonl.`)
      const path = withQuery('/v1/batches', { name: file.name, record, schema, dataset, threshold })
      return request<Batch>('POST', path, file, { headers: { 'content-type': type } })
    },
    onSuccess: (batch) => {
      client.setQueryData(['batches', batch.id], batch)
      client.invalidateQueries({ queryKey: ['batches'], exact: true })
    },
  })
}
