import { describe, expect, it } from 'vitest'
import { FairQueue } from './fair-queue.js'

function drain(queue: FairQueue<string>): string[] {
  const out: string[] = []
  for (let next = queue.take(); next; next = queue.take()) out.push(next.value)
  return out
}

describe('FairQueue', () => {
  it('serves requests in turn, so a small request waits for one chunk of a large one, not all', () => {
    const queue = new FairQueue<string>()
    for (let i = 1; i <= 4; i++) queue.push(1, `big${i}`)
    queue.push(2, 'small')
    expect(drain(queue)).toEqual(['big1', 'small', 'big2', 'big3', 'big4'])
  })

  it("keeps each request's tasks in order and counts what waits", () => {
    const queue = new FairQueue<string>()
    queue.push(1, 'a1')
    queue.push(2, 'b1')
    queue.push(1, 'a2')
    queue.push(2, 'b2')
    expect([queue.size, queue.requests]).toEqual([4, 2])
    expect(drain(queue)).toEqual(['a1', 'b1', 'a2', 'b2'])
    expect([queue.size, queue.requests]).toEqual([0, 0])
  })

  it('drops the tasks of one request and serves the others', () => {
    const queue = new FairQueue<string>()
    queue.push(1, 'a1')
    queue.push(2, 'b1')
    queue.push(1, 'a2')
    expect(queue.drop(1)).toEqual(['a1', 'a2'])
    expect(queue.drop(1)).toEqual([])
    expect(queue.size).toBe(1)
    expect(drain(queue)).toEqual(['b1'])
  })
})
