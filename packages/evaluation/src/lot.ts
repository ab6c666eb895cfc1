/**
 * The name of the documented drawing procedure used by the `lot` tie-break, recorded in the trace.
 *
 * @example
 * ```ts
 * import { LOT_ALGORITHM } from '@talka/evaluation'
 * LOT_ALGORITHM // 'fnv1a32(json([seed, ...sortedIds])) → mulberry32 → Fisher–Yates'
 * ```
 */
export const LOT_ALGORITHM = 'fnv1a32(json([seed, ...sortedIds])) → mulberry32 → Fisher–Yates' as const

function fnv1a32(text: string): number {
  const bytes = new TextEncoder().encode(text)
  let hash = 0x811c9dc5
  for (const byte of bytes) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Draws the order of one tie group by lot, reproducibly: the ids are sorted (UTF-16 code-unit order), the
 * 32-bit FNV-1a hash of the UTF-8 JSON text `[seed, ...sortedIds]` seeds the mulberry32 generator, and a
 * Fisher–Yates shuffle (from the last position down, `j = floor(u · (i + 1))`) gives the order, first = wins
 * the tie. The same seed and the same group always give the same order, whatever order the applications came
 * in; anyone can re-run the draw from the recorded seed. Not a cryptographic lottery: the seed must be fixed
 * (e.g. the commission's protocol number) before the scores are known.
 *
 * @example
 * ```ts
 * import { drawLot } from '@talka/evaluation'
 * drawLot('protocol-2024-04-20-3', ['BO-P-2024-230', 'BO-P-2024-228']) // the same order on every run
 * ```
 */
export function drawLot(seed: string, ids: readonly string[]): string[] {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const random = mulberry32(fnv1a32(JSON.stringify([seed, ...sorted])))
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = sorted[i]!
    sorted[i] = sorted[j]!
    sorted[j] = t
  }
  return sorted
}
