/**
 * A change to review records (decide, approve, assign, comment…): a mutation whose success
 * refetches every review list, since one decision moves an alert between queues and writes audit.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { invalidateReview } from './queries'

export function useReviewChange<Input, Output>(change: (input: Input) => Promise<Output>, onDone?: (output: Output) => void) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: change,
    onSuccess: async (output) => {
      await invalidateReview(client)
      onDone?.(output)
    },
  })
}
