import { readFileSync } from 'node:fs'
import { fc, test } from '@fast-check/vitest'
import councilJsonSchema from '@talka/reporting/schemas/council-plan-report.v1.json'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect } from 'vitest'
import { generatedFiles } from './generated-files.js'
import {
  fixtures,
  jsonSchemaFor,
  jsonSchemaId,
  REPORT_SCHEMA_NAMES,
  type ReportSchemaName,
  schemas,
} from './index.js'
import { ISO_DATE_PATTERN } from './primitives.js'
import { invalidReportArb, reportArb } from './testing.js'

const ajv = new Ajv2020({ strict: true, allErrors: true })
ajv.addFormat('date', ISO_DATE_PATTERN)
const validators = Object.fromEntries(
  REPORT_SCHEMA_NAMES.map((name) => [name, ajv.compile(jsonSchemaFor(name))]),
) as Record<ReportSchemaName, ReturnType<typeof ajv.compile>>

const zodAccepts = (name: ReportSchemaName, data: unknown) => schemas[name].safeParse(data).success
const ajvAccepts = (name: ReportSchemaName, data: unknown) => validators[name](data) === true

describe('JSON Schema 2020-12 generated from zod', () => {
  test('every schema has its draft and versioned $id', () => {
    expect(jsonSchemaId('council-plan-report.v1')).toBe(
      'https://talka.dev/schemas/council-plan-report/v1.json',
    )
    for (const name of REPORT_SCHEMA_NAMES) {
      const schema = jsonSchemaFor(name)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`https://talka.dev/schemas/${name.replace(/\.v1$/, '')}/v1.json`)
      expect(schema.type).toBe('object')
    }
  })

  test('the committed schema and fixture files equal freshly generated ones', () => {
    for (const file of generatedFiles()) {
      const committed = readFileSync(new URL(`../${file.path}`, import.meta.url), 'utf8')
      if (file.compare === 'text') expect(committed, file.path).toBe(file.content)
      else expect(JSON.parse(committed), file.path).toEqual(JSON.parse(file.content))
    }
  })

  test('the published file is importable as @talka/reporting/schemas/<name>.json', () => {
    expect(councilJsonSchema).toEqual(jsonSchemaFor('council-plan-report.v1'))
  })

  test('Ajv (2020-12) accepts every fixture', () => {
    for (const fixture of Object.values(fixtures)) {
      expect(ajvAccepts(fixture.schema, fixture.data), fixture.title).toBe(true)
    }
  })

  test('Ajv rejects what zod rejects: a false calendar date, a float amount, an unknown field', () => {
    const data = structuredClone(fixtures.fundedProjectLkbs2023.data) as unknown as Record<string, unknown>
    for (const [key, value] of [
      ['fundingDecision', { actType: 'decree', issuer: 'SADM', number: 'A3-92', date: '2023-02-29' }],
      ['totalAmount', 20000],
      ['extra', true],
    ] as const) {
      const bad = { ...data, [key]: value }
      expect(zodAccepts('funded-project.v1', bad)).toBe(false)
      expect(ajvAccepts('funded-project.v1', bad)).toBe(false)
    }
  })

  test('an unknown schema name is a typed error', () => {
    expect(() => jsonSchemaFor('annual-report.v9' as ReportSchemaName)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SCHEMA' }),
    )
  })
})

/** Random damage to a valid document: drop, retype or add a field somewhere in it. */
function damage(data: unknown, seed: number): unknown {
  const copy = structuredClone(data) as Record<string, unknown>
  const objects: Record<string, unknown>[] = []
  const walk = (value: unknown) => {
    if (value && typeof value === 'object') {
      if (!Array.isArray(value)) objects.push(value as Record<string, unknown>)
      for (const child of Object.values(value)) walk(child)
    }
  }
  walk(copy)
  const target = objects[seed % objects.length]!
  const keys = Object.keys(target)
  const key = keys[Math.floor(seed / objects.length) % Math.max(1, keys.length)]
  switch (seed % 4) {
    case 0:
      if (key) delete target[key]
      break
    case 1:
      if (key) target[key] = typeof target[key] === 'string' ? 12 : 'x'
      break
    case 2:
      target.unexpected = 'x'
      break
    default:
      if (key) target[key] = typeof target[key] === 'number' ? -1 : ''
  }
  return copy
}

describe('properties', () => {
  for (const name of REPORT_SCHEMA_NAMES) {
    test.prop([reportArb(name)])(`${name}: Ajv accepts every valid generated document`, (data) => {
      expect(ajvAccepts(name, data)).toBe(true)
    })

    test.prop([reportArb(name), fc.nat()])(
      `${name}: Ajv and zod agree on damaged documents`,
      (data, seed) => {
        const damaged = damage(data, seed)
        expect(ajvAccepts(name, damaged)).toBe(zodAccepts(name, damaged))
      },
    )

    test.prop([invalidReportArb(name)])(
      `${name}: Ajv and zod agree on documents with an injected error`,
      ({ data }) => {
        expect(ajvAccepts(name, data)).toBe(zodAccepts(name, data))
      },
    )
  }
})
