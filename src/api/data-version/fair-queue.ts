/**
 * Tasks waiting for a worker, served round-robin across requests: a request of 1,000 queries is
 * cut into chunks, and a one-query request that arrives after it waits for one chunk, not for all.
 */
export interface QueuedTask<T> {
  /** The request the task belongs to; its tasks are served in order, one turn per request. */
  request: number
  value: T
}

export class FairQueue<T> {
  private readonly byRequest = new Map<number, T[]>()
  // Requests in turn order; a request goes to the back after each task taken from it.
  private readonly turns: number[] = []
  private count = 0

  get size(): number {
    return this.count
  }

  /** Requests with tasks waiting. */
  get requests(): number {
    return this.byRequest.size
  }

  push(request: number, value: T): void {
    const tasks = this.byRequest.get(request)
    if (tasks) tasks.push(value)
    else {
      this.byRequest.set(request, [value])
      this.turns.push(request)
    }
    this.count++
  }

  /** The next task: the first of the request whose turn it is. */
  take(): QueuedTask<T> | undefined {
    const request = this.turns.shift()
    if (request === undefined) return undefined
    const tasks = this.byRequest.get(request)!
    const value = tasks.shift()!
    this.count--
    if (tasks.length > 0) this.turns.push(request)
    else this.byRequest.delete(request)
    return { request, value }
  }

  /** Drop every task of a request (it timed out or failed); returns them. */
  drop(request: number): T[] {
    const tasks = this.byRequest.get(request)
    if (!tasks) return []
    this.byRequest.delete(request)
    this.turns.splice(this.turns.indexOf(request), 1)
    this.count -= tasks.length
    return tasks
  }
}
