/**
 * Index of the first id that already occurred earlier in `ids`, or -1. An open-addressing table of
 * indices keyed by FNV-1a: one typed array and no per-id allocation, several times faster than a
 * `Set` on 100,000 short ids. If a probe chain grows suspiciously long (crafted collisions), it falls
 * back to a `Set`, so the worst case stays linear. Internal module.
 */
export function findDuplicate(ids: readonly string[]): number {
  const n = ids.length
  if (n < 64) return findDuplicateWithSet(ids)
  let size = 1
  while (size < n * 2) size <<= 1
  const mask = size - 1
  const table = new Int32Array(size).fill(-1)
  for (let i = 0; i < n; i++) {
    const id = ids[i]!
    let h = 0x811c9dc5
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193)
    let slot = h & mask
    for (let probes = 0; ; probes++) {
      const j = table[slot]!
      if (j === -1) {
        table[slot] = i
        break
      }
      if (ids[j] === id) return i
      if (probes > 64) return findDuplicateWithSet(ids)
      slot = (slot + 1) & mask
    }
  }
  return -1
}

function findDuplicateWithSet(ids: readonly string[]): number {
  const seen = new Set<string>()
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    if (seen.has(id)) return i
    seen.add(id)
  }
  return -1
}
