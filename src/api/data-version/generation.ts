/**
 * The workers serving one data version, and the tasks waiting for them. A request is pinned to the
 * generation that took it, so all of its chunks are answered from one data version; a retired
 * generation finishes what it took, then stops its workers.
 */
import { FairQueue } from './fair-queue.js'
import type { Task, TaskResult, VersionSummary } from './protocol.js'
import type { WorkerSlot } from './worker-slot.js'

export interface Pending {
  task: Task
  resolve: (result: TaskResult) => void
  reject: (err: Error) => void
}

export class Generation {
  readonly queue = new FairQueue<Pending>()
  private readonly slots: WorkerSlot[] = []
  private busy = 0
  private retired = false

  constructor(readonly summary: VersionSummary) {}

  get workers(): number {
    return this.slots.length
  }

  /** Tasks waiting or running. */
  get load(): number {
    return this.queue.size + this.busy
  }

  add(slot: WorkerSlot): void {
    if (this.retired) void slot.stop()
    else {
      this.slots.push(slot)
      this.dispatch()
    }
  }

  /** A worker that stopped on its own; its task was already failed. */
  remove(slot: WorkerSlot): void {
    const at = this.slots.indexOf(slot)
    if (at >= 0) this.slots.splice(at, 1)
  }

  submit(request: number, pending: Pending): void {
    this.queue.push(request, pending)
    this.dispatch()
  }

  /** Take no new requests; stop the workers once the queue has drained. */
  retire(): void {
    this.retired = true
    this.stopIfDrained()
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.idle) continue
      const next = this.queue.take()
      if (!next) break
      this.busy++
      slot
        .run(next.value.task)
        .then(next.value.resolve, next.value.reject)
        .finally(() => {
          this.busy--
          this.dispatch()
          this.stopIfDrained()
        })
    }
  }

  private stopIfDrained(): void {
    if (!this.retired || this.load > 0) return
    for (const slot of this.slots.splice(0)) void slot.stop()
  }
}
