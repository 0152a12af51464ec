/**
 * Queries as match tasks for the data-version workers, and their answers read back: one chunk size
 * and one reading for /match, recorded screenings, monitors and uploaded batches.
 */
import type { MatchTask, TaskResult } from './data-version/protocol.js'
import type { MatchAnswer } from './record-responses.js'

// Small enough that a one-query request queued behind a 1,000-query batch waits for one chunk
// (about 10–50 ms on the real lists), large enough that messages between threads cost little.
export const TASK_QUERIES = 10

/** `examples` in tasks of TASK_QUERIES each, in order, all with the same scope, params and weights. */
export function matchTasks(examples: MatchTask['examples'], scope: string, params: MatchTask['params'], weights?: MatchTask['weights']): MatchTask[] {
  const tasks: MatchTask[] = []
  for (let at = 0; at < examples.length; at += TASK_QUERIES) {
    tasks.push({ kind: 'match', scope, params, ...(weights ? { weights } : {}), examples: examples.slice(at, at + TASK_QUERIES) })
  }
  return tasks
}

/** A match task's answers by query key (the worker sends them as the members of one JSON object). */
export function matchAnswers(result: TaskResult): Record<string, MatchAnswer> {
  return 'json' in result ? (JSON.parse(`{${result.json}}`) as Record<string, MatchAnswer>) : {}
}
