import { describe, expect, test } from 'vitest'
import { fundedProjectCsv } from './examples.js'
import { expectProblem, useServer } from './server.js'
import { utf16le } from './support.js'

// Files as officers have them (issue 19, item 2): a table saved by Lithuanian Excel is Windows-1257
// ("CSV (Comma delimited)"), or UTF-8 with a BOM ("CSV UTF-8"), or UTF-16. Each gives the same answer
// as its UTF-8 twin, over real HTTP.

const api = useServer()

/** Windows-1257 bytes of a text, by inverting the WHATWG decoder over every byte. */
function windows1257(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1257')
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b)
  return Uint8Array.from(text, (ch) => {
    const byte = byChar.get(ch)
    if (byte === undefined) throw new Error(`not in Windows-1257: ${ch}`)
    return byte
  })
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (text: string) => Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text))

// Lithuanian headers and names, and residents written the Lithuanian way ("41 234").
const municipalities =
  'Savivaldybė;Gyventojų skaičius\r\nJonavos rajono savivaldybė;41 234\r\nŠiaulių rajono savivaldybė;40 118\r\nUtenos rajono savivaldybė;38 412\r\n'

async function post(path: string, contentType: string, body: Uint8Array): Promise<Response> {
  return fetch(api.url(path), {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: Buffer.from(body),
  })
}

const twins: readonly [string, string, (text: string) => Uint8Array][] = [
  ['Windows-1257 (no charset)', 'text/csv', windows1257],
  ['Windows-1257 (charset declared)', 'text/csv; charset=windows-1257', windows1257],
  ['UTF-8 with BOM', 'text/csv', withBom],
  ['UTF-16 LE with BOM', 'text/csv; charset=utf-16', utf16le],
]

describe('POST /v1/allocations text/csv: the same allocation from every encoding', () => {
  const path = '/v1/allocations?year=2021&total=100000&kind=declared&dataAsOf=2021-01-01'
  test.each(twins)('%s equals its UTF-8 twin', async (_name, contentType, encode) => {
    const reference = await post(path, 'text/csv; charset=utf-8', utf8(municipalities))
    expect(reference.status).toBe(200)
    const expected = ((await reference.json()) as { data: unknown }).data
    const res = await post(path, contentType, encode(municipalities))
    expect(res.status).toBe(200)
    const data = ((await res.json()) as { data: { shares: { municipality: string }[] } }).data
    expect(data).toEqual(expected)
    expect(data.shares.map((s) => s.municipality)).toContain('Šiaulių rajono savivaldybė')
  })

  test('a file that is not text is a 400 problem with the CSV encoding code', async () => {
    const res = await post(path, 'text/csv', Uint8Array.of(0x61, 0x00, 0x62, 0x00, 0x0a))
    await expectProblem(res, 400, 'CSV_ENCODING')
  })
})

describe('POST /v1/reports/{schema}/validate text/csv: the same report from every encoding', () => {
  const path = '/v1/reports/funded-project.v1/validate'
  test.each(twins)('%s equals its UTF-8 twin', async (_name, contentType, encode) => {
    const reference = await post(path, 'text/csv; charset=utf-8', utf8(fundedProjectCsv))
    const expected = ((await reference.json()) as { data: { valid: boolean } }).data
    expect(expected.valid).toBe(true)
    const res = await post(path, contentType, encode(fundedProjectCsv))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { data: unknown }).data).toEqual(expected)
  })
})
