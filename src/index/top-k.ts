/**
 * The best k of many scored items without sorting them all: a bounded min-heap. The costly check
 * (`accept`: schema, dataset and topic filters) runs only for items good enough to enter the heap.
 */

/** Item numbers of the `k` highest scores among `items[0..count)` that `accept` takes, best first. */
export function selectTopK(items: Int32Array, count: number, score: (item: number) => number, k: number, accept: (item: number) => boolean): number[] {
  const heap: number[] = []
  const scores: number[] = []
  for (let j = 0; j < count; j++) {
    const item = items[j]!
    const s = score(item)
    if (heap.length === k && !beats(s, item, scores[0]!, heap[0]!)) continue
    if (!accept(item)) continue
    if (heap.length < k) push(heap, scores, item, s)
    else replaceTop(heap, scores, item, s)
  }
  const order = heap.map((item, i) => [item, scores[i]!] as const)
  return order.sort((a, b) => (beats(a[1], a[0], b[1], b[0]) ? -1 : 1)).map(([item]) => item)
}

// Ties go to the lower item number (the entity indexed first), so results do not depend on key order.
function beats(s: number, item: number, t: number, other: number): boolean {
  return s > t || (s === t && item < other)
}

function push(heap: number[], scores: number[], item: number, s: number): void {
  let i = heap.length
  heap.push(item)
  scores.push(s)
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (!beats(scores[parent]!, heap[parent]!, s, item)) break
    swap(heap, scores, i, parent)
    i = parent
  }
}

function replaceTop(heap: number[], scores: number[], item: number, s: number): void {
  heap[0] = item
  scores[0] = s
  for (let i = 0; ; ) {
    const l = 2 * i + 1
    const r = l + 1
    let worst = i
    if (l < heap.length && beats(scores[worst]!, heap[worst]!, scores[l]!, heap[l]!)) worst = l
    if (r < heap.length && beats(scores[worst]!, heap[worst]!, scores[r]!, heap[r]!)) worst = r
    if (worst === i) return
    swap(heap, scores, i, worst)
    i = worst
  }
}

function swap(heap: number[], scores: number[], a: number, b: number): void {
  ;[heap[a], heap[b]] = [heap[b]!, heap[a]!]
  ;[scores[a], scores[b]] = [scores[b]!, scores[a]!]
}
