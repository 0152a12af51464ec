/**
 * Runs the screen form's search: `POST /match/:dataset` for a look-up (safe to repeat, so it is a
 * query keyed by the URL), or `POST /v1/screenings` when the user records it (a mutation: going
 * back to a recorded search shows it again from the match API, and never records it twice).
 */
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../api/client'
import { buildQuery, type ScreenParams, thresholdOf } from './screen-params'
import type { MatchResponse, RecordedScreening, ScreeningOutcome } from './types'

async function match(params: ScreenParams): Promise<ScreeningOutcome> {
  const query = buildQuery(params)
  const answer = await api.post<MatchResponse>(
    `/match/${encodeURIComponent(params.dataset)}`,
    { queries: { q1: query } },
    {
      algorithm: params.algorithm || undefined,
      threshold: thresholdOf(params),
      limit: 10,
    },
  )
  const response = answer.responses.q1
  if (!response) throw new Error('The match API answered without a response for the query.')
  if (response.status !== 200) throw new Error(response.detail ?? `The query failed with status ${response.status}.`)
  return {
    query: response.query,
    results: response.results,
    total: response.total.value,
    threshold: answer.threshold,
    algorithm: answer.algorithm,
    dataVersion: answer.data_version,
  }
}

async function record(params: ScreenParams): Promise<ScreeningOutcome> {
  const screening = await api.post<RecordedScreening>('/v1/screenings', {
    subject: buildQuery(params),
    dataset: params.dataset,
    algorithm: params.algorithm || undefined,
    threshold: thresholdOf(params),
    limit: 10,
  })
  return {
    query: screening.query,
    results: screening.results,
    total: screening.total.value,
    threshold: screening.threshold,
    algorithm: screening.algorithm,
    dataVersion: screening.data_version,
    recorded: { id: screening.id, alerts: screening.alerts },
  }
}

export function useScreening(params: ScreenParams, search: string) {
  // Set in the same event as the navigation, so the new URL never starts a match of its own.
  const [recordedSearch, setRecordedSearch] = useState<string>()
  const recording = useMutation({ mutationFn: record })
  const recordedHere = recordedSearch === search
  const matching = useQuery({
    queryKey: ['match', search],
    queryFn: () => match(params),
    enabled: params.name.trim() !== '' && !recordedHere,
  })
  const startRecording = (next: ScreenParams, nextSearch: string) => {
    setRecordedSearch(nextSearch)
    recording.mutate(next)
  }
  if (recordedHere) return { outcome: recording.data, error: recording.error, pending: recording.isPending, record: startRecording }
  return { outcome: matching.data, error: matching.error, pending: matching.isFetching, record: startRecording }
}
