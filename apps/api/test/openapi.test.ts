import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import { openApiDocument } from '../src/openapi.js'

const app = createApp()
const document = openApiDocument(app)

/** Hono routing path → OpenAPI path: `/v1/rules/:id{.+}` → `/v1/rules/{id}`. */
function openApiPath(path: string): string {
  return path.replaceAll(/:(\w+)(\{[^/]*\})?/g, '{$1}')
}

function schemasIn(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const item of value) schemasIn(item, found)
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'schema') found.push(inner)
      else schemasIn(inner, found)
    }
  }
  return found
}

describe('the OpenAPI document', () => {
  test('validates against the OpenAPI 3.1 schema (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  test('every schema in it compiles as JSON Schema 2020-12 (the 3.1 dialect) with Ajv', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false })
    ajv.addSchema({ $id: 'doc', components: document.components ?? {} })
    const schemas = [...Object.values(document.components?.schemas ?? {}), ...schemasIn(document.paths)]
    expect(schemas.length).toBeGreaterThan(5)
    for (const schema of schemas) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/'))
      expect(() => ajv.compile(rewritten)).not.toThrow()
    }
  })

  test('every route of the app appears in it with its method', () => {
    const routes = app.routes.filter((route) => route.method !== 'ALL')
    expect(routes.length).toBeGreaterThanOrEqual(3)
    for (const route of routes) {
      const path = openApiPath(route.path)
      expect(document.paths[path], `${route.method} ${route.path}`).toBeDefined()
      expect(
        document.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.path}`,
      ).toBeDefined()
    }
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    )
    const served = new Set(routes.map((route) => `${route.method} ${openApiPath(route.path)}`))
    expect(documented.filter((entry) => !served.has(entry))).toEqual([])
  })

  test('the committed apps/api/openapi.json equals the generated document (run `pnpm --filter @talka/api openapi`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as unknown
    expect(committed).toEqual(document)
  })
})
