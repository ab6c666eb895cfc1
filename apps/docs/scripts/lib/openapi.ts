import type { Lang } from '@talka/core'
import { OPENAPI_TEXT } from './i18n.js'
import { frontmatter, mdCell, mdCode, mdFence, mdTable, toJson } from './markdown.js'

/** The parts of an OpenAPI 3.x document the page renders (everything else is ignored). */
export interface OpenApiDocument {
  readonly openapi?: string
  readonly info?: { readonly title?: string; readonly version?: string; readonly description?: string }
  readonly servers?: readonly { readonly url: string; readonly description?: string }[]
  readonly paths?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  readonly components?: { readonly schemas?: Readonly<Record<string, unknown>> }
}

interface Operation {
  readonly summary?: string
  readonly description?: string
  readonly operationId?: string
  readonly tags?: readonly string[]
  readonly parameters?: readonly Parameter[]
  readonly requestBody?: {
    readonly description?: string
    readonly required?: boolean
    readonly content?: Content
  }
  readonly responses?: Readonly<Record<string, { readonly description?: string; readonly content?: Content }>>
}

interface Parameter {
  readonly name?: string
  readonly in?: string
  readonly required?: boolean
  readonly description?: string
  readonly schema?: unknown
  readonly $ref?: string
}

type Content = Readonly<Record<string, { readonly schema?: unknown }>>

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** Anchor id of a component schema's section. */
export function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`
}

/** Anchor id of an operation's section. */
export function operationAnchor(method: string, path: string): string {
  return `op-${method}-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')}`
}

/** A one-line description of a JSON Schema: `string (date)`, `Problem`, `array of Share`, `"a" | "b"`. */
export function schemaSummary(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'any'
  const s = schema as Record<string, unknown>
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop() ?? s.$ref
    return name
  }
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
  if ('const' in s) return JSON.stringify(s.const)
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = s[key]
    if (Array.isArray(list)) return list.map(schemaSummary).join(key === 'allOf' ? ' & ' : ' | ')
  }
  const type = Array.isArray(s.type) ? s.type.join(' | ') : typeof s.type === 'string' ? s.type : 'object'
  if (type === 'array') return `array of ${schemaSummary(s.items)}`
  return typeof s.format === 'string' ? `${type} (${s.format})` : type
}

function typeCell(schema: unknown): string {
  const summary = schemaSummary(schema)
  const ref = typeof schema === 'object' && schema !== null ? (schema as { $ref?: unknown }).$ref : undefined
  const refName =
    typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.split('/').pop() : undefined
  return refName ? `[${mdCode(summary)}](#${schemaAnchor(refName)})` : mdCode(summary)
}

/** The fields of an inline object schema (a request body written out in place). */
function propertyRows(schema: unknown, lang: Lang): string[][] {
  if (typeof schema !== 'object' || schema === null) return []
  const s = schema as { properties?: Record<string, unknown>; required?: readonly string[] }
  if (!s.properties) return []
  return Object.entries(s.properties).map(([name, property]) => {
    const description =
      typeof property === 'object' && property !== null
        ? (property as { description?: unknown }).description
        : undefined
    return [
      mdCode(name),
      typeCell(property),
      s.required?.includes(name) ? OPENAPI_TEXT.yes[lang] : OPENAPI_TEXT.no[lang],
      typeof description === 'string' ? mdCell(description) : '',
    ]
  })
}

function contentRows(content: Content | undefined): string[][] {
  return Object.entries(content ?? {}).map(([type, media]) => [mdCode(type), typeCell(media.schema)])
}

/** Text written by the API's authors (Markdown); kept as written. */
function prose(text: string | undefined): string {
  return text ? text.trim() : ''
}

/**
 * Renders an OpenAPI document as a Markdown page: the endpoints grouped by tag with their
 * parameters, request bodies and responses, then every component schema as JSON. `null` renders
 * the "not yet published" page.
 */
export function renderOpenApi(doc: OpenApiDocument | null, lang: Lang): string {
  const out: string[] = [
    frontmatter({ title: OPENAPI_TEXT.title[lang], outline: [2, 3] }),
    `# ${OPENAPI_TEXT.title[lang]}`,
  ]
  if (!doc) {
    out.push(`::: info\n${OPENAPI_TEXT.missing[lang]}\n:::`)
    return `${out.join('\n\n')}\n`
  }
  out.push(OPENAPI_TEXT.intro[lang])
  if (doc.info) {
    out.push(
      `**${mdCell(doc.info.title ?? '')}** · ${OPENAPI_TEXT.version[lang]} ${mdCode(doc.info.version ?? '?')} · OpenAPI ${mdCode(doc.openapi ?? '?')}`,
    )
    if (doc.info.description) out.push(prose(doc.info.description))
  }
  if (doc.servers?.length) {
    out.push(
      `## ${OPENAPI_TEXT.servers[lang]}`,
      doc.servers
        .map((s) => `- ${mdCode(s.url)}${s.description ? ` — ${mdCell(s.description)}` : ''}`)
        .join('\n'),
    )
  }
  const operations: { method: string; path: string; op: Operation; tag: string }[] = []
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined
      if (op) operations.push({ method, path, op, tag: op.tags?.[0] ?? OPENAPI_TEXT.other[lang] })
    }
  }
  out.push(
    `## ${OPENAPI_TEXT.endpoints[lang]}`,
    mdTable(
      [OPENAPI_TEXT.method[lang], OPENAPI_TEXT.path[lang], OPENAPI_TEXT.summary[lang]],
      operations.map(({ method, path, op }) => [
        mdCode(method.toUpperCase()),
        `[${mdCode(path)}](#${operationAnchor(method, path)})`,
        mdCell(op.summary ?? ''),
      ]),
    ),
  )
  const tags = [...new Set(operations.map((o) => o.tag))]
  for (const tag of tags) {
    out.push(`## ${mdCell(tag)}`)
    for (const { method, path, op } of operations.filter((o) => o.tag === tag)) {
      out.push(`### ${method.toUpperCase()} ${mdCell(path)} {#${operationAnchor(method, path)}}`)
      if (op.summary) out.push(`**${mdCell(op.summary)}**`)
      if (op.description) out.push(prose(op.description))
      const parameters = (op.parameters ?? []).filter((p) => p.name)
      if (parameters.length) {
        out.push(
          `#### ${OPENAPI_TEXT.parameters[lang]}`,
          mdTable(
            [
              OPENAPI_TEXT.name[lang],
              OPENAPI_TEXT.in[lang],
              OPENAPI_TEXT.required[lang],
              OPENAPI_TEXT.type[lang],
              OPENAPI_TEXT.description[lang],
            ],
            parameters.map((p) => [
              mdCode(p.name ?? ''),
              p.in ?? '',
              p.required ? OPENAPI_TEXT.yes[lang] : OPENAPI_TEXT.no[lang],
              typeCell(p.schema),
              mdCell(p.description ?? ''),
            ]),
          ),
        )
      }
      if (op.requestBody) {
        out.push(`#### ${OPENAPI_TEXT.requestBody[lang]}`)
        if (op.requestBody.description) out.push(prose(op.requestBody.description))
        out.push(
          mdTable(
            [OPENAPI_TEXT.contentType[lang], OPENAPI_TEXT.type[lang]],
            contentRows(op.requestBody.content),
          ),
        )
        for (const media of Object.values(op.requestBody.content ?? {})) {
          const fields = propertyRows(media.schema, lang)
          if (fields.length) {
            out.push(
              mdTable(
                [
                  OPENAPI_TEXT.name[lang],
                  OPENAPI_TEXT.type[lang],
                  OPENAPI_TEXT.required[lang],
                  OPENAPI_TEXT.description[lang],
                ],
                fields,
              ),
            )
            break
          }
        }
      }
      if (op.responses) {
        out.push(
          `#### ${OPENAPI_TEXT.responses[lang]}`,
          mdTable(
            [OPENAPI_TEXT.status[lang], OPENAPI_TEXT.description[lang], OPENAPI_TEXT.contentType[lang]],
            Object.entries(op.responses).map(([status, response]) => [
              mdCode(status),
              mdCell(response.description ?? ''),
              contentRows(response.content)
                .map(([type, schema]) => `${type} ${schema}`)
                .join('<br>'),
            ]),
          ),
        )
      }
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
  if (schemas.length) {
    out.push(`## ${OPENAPI_TEXT.schemas[lang]}`)
    for (const [name, schema] of schemas) {
      const description =
        typeof schema === 'object' && schema !== null
          ? (schema as { description?: unknown }).description
          : undefined
      out.push(`### ${mdCell(name)} {#${schemaAnchor(name)}}`)
      if (typeof description === 'string') out.push(prose(description))
      out.push(mdFence('json', toJson(schema)))
    }
  }
  return `${out.join('\n\n')}\n`
}
