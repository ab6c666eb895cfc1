import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  Application,
  Converter,
  type DeclarationReflection,
  type ProjectReflection,
  ReflectionKind,
  type TypeDocOptions,
} from 'typedoc'
import type { PluginOptions } from 'typedoc-plugin-markdown'
import { docsRoot, type WorkspacePackage } from './workspace.js'

/** Kinds of top-level exports that must carry a TSDoc comment with an `@example` block. */
const DOCUMENTED_KINDS = ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias'] as const

/** One generated API page. */
export interface ApiPage {
  /** `@talka/core` or `@talka/core/testing`. */
  readonly specifier: string
  /** Site path without extension, e.g. `api/core` or `api/core/testing`. */
  readonly path: string
}

/** The result of {@link generateApiReference}. */
export interface ApiReference {
  readonly pages: readonly ApiPage[]
  /** Packages whose public entries export nothing yet (placeholders), left out of the reference. */
  readonly empty: readonly string[]
  /** `{@link}`s TypeDoc could not resolve (reported as warnings). */
  readonly brokenLinks: readonly string[]
}

/** Thrown when the API reference may not be published: undocumented exports, broken `{@link}`s. */
export class ApiReferenceError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The API reference cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ApiReferenceError'
  }
}

/**
 * Runs TypeDoc with typedoc-plugin-markdown over every public entry point of every package (read
 * from their exports maps, from source) and writes one Markdown page per entry point into
 * `<outDir>`. Fails when a top-level export has no TSDoc comment or no `@example` block, or on any
 * other TypeDoc validation warning (`treatValidationWarningsAsErrors`); an unresolvable `{@link}`
 * is reported only.
 */
export async function generateApiReference(
  packages: readonly WorkspacePackage[],
  outDir: string,
  tsconfig: string = join(docsRoot, 'tsconfig.typedoc.json'),
  options: { readonly allowUndocumented?: boolean } = {},
): Promise<ApiReference> {
  const entries = packages.flatMap((pkg) => pkg.entries)
  const specifierOf = new Map(entries.map((entry) => [entry.sourceFile, entry.specifier]))
  const typedocOptions: Partial<TypeDocOptions & PluginOptions> = {
    entryPoints: entries.map((entry) => entry.sourceFile),
    entryPointStrategy: 'resolve',
    alwaysCreateEntryPointModule: true,
    tsconfig,
    plugin: ['typedoc-plugin-markdown'],
    out: outDir,
    name: 'Talka API',
    readme: 'none',
    router: 'module',
    entryFileName: 'index',
    excludeScopesInPaths: true,
    hidePageHeader: true,
    hideBreadcrumbs: true,
    // Signatures as inline Markdown, not highlighted code blocks: the pages stay light enough to
    // build and load quickly.
    useCodeBlocks: false,
    excludeExternals: true,
    excludeInternal: true,
    excludePrivate: true,
    skipErrorChecking: true,
    disableGit: true,
    sourceLinkTemplate: '{path}#L{line}',
    // TypeDoc's own notDocumented check also demands comments on every interface method and
    // function-typed property; the rule here is one comment with an `@example` per top-level
    // export, checked by `undocumentedExports` below.
    validation: {
      notExported: false,
      invalidLink: true,
      rewrittenLink: true,
      notDocumented: false,
      unusedMergeModuleWith: true,
    },
    treatValidationWarningsAsErrors: true,
    logLevel: 'Warn',
  }
  const app = await Application.bootstrapWithPlugins(typedocOptions as Partial<TypeDocOptions>)
  // An unresolvable {@link} is reported but does not fail the build (a package cannot fix another
  // package's comments); every other validation warning (a missing comment) is an error.
  const brokenLinks: string[] = []
  const validationWarning = app.logger.validationWarning.bind(app.logger)
  app.logger.validationWarning = (message: string, ...rest: unknown[]) => {
    if (/resolve link|links to/i.test(message)) {
      brokenLinks.push(message)
      app.logger.warn(`${message} (broken link: reported, not fatal)`)
    } else {
      ;(validationWarning as (m: string, ...r: unknown[]) => void)(message, ...rest)
    }
  }
  const empty: string[] = []
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const mod of [...(context.project.children ?? [])]) {
      const source = mod.sources?.[0]?.fullFileName
      const specifier = source ? specifierOf.get(source) : undefined
      if (specifier) mod.name = specifier
      if (!mod.children?.length) {
        empty.push(mod.name)
        context.project.removeReflection(mod)
      }
    }
  })
  // Source positions stay as text ("Defined in: core/src/money.ts:12"); there is no public
  // repository URL to link them to.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      const withSources = reflection as { sources?: { url?: string | undefined }[] }
      for (const source of withSources.sources ?? []) source.url = undefined
    }
  })
  const project = await app.convert()
  if (!project) throw new ApiReferenceError(['TypeDoc could not convert the packages (see the log above)'])
  app.validate(project)
  const problems = undocumentedExports(project)
  if (app.logger.hasErrors() || app.logger.validationWarningCount > 0) {
    problems.unshift(
      `TypeDoc validation failed (${app.logger.validationWarningCount} problem(s), see the log above)`,
    )
  }
  if (problems.length && options.allowUndocumented) {
    for (const problem of problems)
      console.warn(`[docs]   warning (allowed by TALKA_DOCS_ALLOW_UNDOCUMENTED): ${problem}`)
  } else if (problems.length) {
    throw new ApiReferenceError(problems)
  }
  await app.generateOutputs(project)
  if (app.logger.hasErrors()) throw new ApiReferenceError(['TypeDoc could not write the Markdown output'])
  return { pages: listPages(outDir, specifierOf), empty, brokenLinks }
}

/**
 * Top-level exports of every entry point without a TSDoc comment, or whose comment has no `@example`
 * block (a function's comment may sit on any of its signatures).
 */
export function undocumentedExports(project: ProjectReflection): string[] {
  const wanted: ReflectionKind[] = DOCUMENTED_KINDS.map((kind) => ReflectionKind[kind])
  const problems: string[] = []
  for (const mod of project.children ?? []) {
    for (const child of mod.children ?? []) {
      if (!wanted.includes(child.kind)) continue
      const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)].filter(
        (c) => c !== undefined,
      )
      const kind = ReflectionKind.singularString(child.kind).toLowerCase()
      const documented = comments.some(
        (c) => c.summary.some((part) => part.text.trim()) || c.blockTags.length > 0,
      )
      if (!documented)
        problems.push(`${mod.name}: ${kind} ${child.name} has no TSDoc comment (${where(child)})`)
      else if (!comments.some((c) => c.blockTags.some((tag) => tag.tag === '@example'))) {
        problems.push(
          `${mod.name}: ${kind} ${child.name} has no @example in its TSDoc comment (${where(child)})`,
        )
      }
    }
  }
  return problems
}

function where(reflection: DeclarationReflection): string {
  const source = reflection.sources?.[0] ?? reflection.signatures?.[0]?.sources?.[0]
  return source ? `${source.fileName}:${source.line}` : 'unknown source'
}

function listPages(outDir: string, specifierOf: ReadonlyMap<string, string>): ApiPage[] {
  const known = new Set(specifierOf.values())
  const pages: ApiPage[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.md') && name !== 'index.md') {
        const rel = relative(outDir, path).replace(/\.md$/, '').split('\\').join('/')
        const specifier = `@talka/${rel}`
        pages.push({ specifier: known.has(specifier) ? specifier : rel, path: `api/${rel}` })
      }
    }
  }
  if (existsSync(outDir)) walk(outDir)
  // @talka/core first, then by package; a package's main entry before its subpaths.
  const key = (page: ApiPage) => {
    const [scope, name, ...rest] = page.specifier.split('/')
    return [name === 'core' ? '0' : '1', scope, name, rest.length ? `1${rest.join('/')}` : '0'].join('\u0000')
  }
  return pages.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Adds a note at the top of each page (after its title) without touching the rest. */
export function prependNote(file: string, note: string): void {
  const text = readFileSync(file, 'utf8')
  const lines = text.split('\n')
  const titleAt = lines.findIndex((line) => line.startsWith('# '))
  lines.splice(titleAt + 1, 0, '', note)
  writeFileSync(file, lines.join('\n'))
}
