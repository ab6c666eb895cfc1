import { readFileSync } from 'node:fs'
import { test } from '@fast-check/vitest'
import callJsonSchemaFile from '@talka/calls/schemas/call.v1.json'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { callArb } from '../test/arbitraries.js'
import { generatedFiles } from './generated-files.js'
import { CALL_SCHEMA_ID, callJsonSchema, calls } from './index.js'

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
ajv.addFormat('uri', /^https?:\/\/\S+$/)
const validate = ajv.compile(callJsonSchema())

describe('JSON Schema 2020-12 of call.v1', () => {
  it('has the draft and the versioned $id', () => {
    const schema = callJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(CALL_SCHEMA_ID)
    expect(CALL_SCHEMA_ID).toBe('https://talka.dev/schemas/call/v1.json')
  })

  it('the committed schemas/call.v1.json equals a freshly generated one (run `pnpm build` to update it)', () => {
    for (const file of generatedFiles()) {
      const committed = readFileSync(new URL(`../${file.path}`, import.meta.url), 'utf8')
      expect(committed, file.path).toBe(file.content)
    }
  })

  it('the published file is importable as @talka/calls/schemas/call.v1.json', () => {
    expect(callJsonSchemaFile).toEqual(callJsonSchema())
  })

  it('Ajv accepts every catalog call and rejects an unknown key, as zod does', () => {
    for (const call of Object.values(calls)) expect(validate(call), call.id).toBe(true)
    expect(validate({ ...calls['vilnius-2024'], yaer: 2024 })).toBe(false)
    expect(validate({ ...calls['vilnius-2024'], budget: { kind: 'total', amount: 3000 } })).toBe(false)
  })
})

describe('properties', () => {
  test.prop([callArb()])('Ajv accepts every valid made-up call', (call) => {
    expect(validate(call), JSON.stringify(validate.errors)).toBe(true)
  })
})
