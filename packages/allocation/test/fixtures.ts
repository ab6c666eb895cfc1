import { readFileSync } from 'node:fs'

/** Reads a committed CSV fixture (simple comma-separated, no quoted fields) as records. */
export function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').trim()
  const [header, ...lines] = text.split(/\r?\n/)
  const keys = header!.split(',')
  return lines.map((line) => {
    const cells = line.split(',')
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']))
  })
}

/** A published eldership table: rows with id, weight, amount. */
export function publishedTable(name: string, weightColumn: string) {
  return readCsv(name).map((r) => ({
    id: r.eldership!,
    weight: Number(r[weightColumn]),
    amount: r.amount_eur!,
  }))
}

/** Recipients from an id → weight table, in the table's order: `byWeight({ a: 6, b: 2 })`. Ids must not look like integers. */
export function byWeight(weights: Readonly<Record<string, number>>): { id: string; weight: number }[] {
  return Object.entries(weights).map(([id, weight]) => ({ id, weight }))
}
