import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** A copied page: where it came from and where it went, relative to the site's source folder. */
export interface CopiedFile {
  readonly source: string
  readonly target: string
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/**
 * Where a file of the hand-written `docs/` tree goes in the site. A section with an `en/` folder
 * (`guides/en/x.md`) holds its English pages there (→ `en/guides/x.md`) and its Lithuanian pages
 * beside it (→ `guides/x.md`); everything else (the English-only decision records, notes such as
 * `docs/releasing.md`) appears in both locales.
 */
export function targetsFor(relPath: string, sectionsWithEn: ReadonlySet<string>): string[] {
  const parts = relPath.split('/')
  const enAt = parts.indexOf('en')
  if (enAt >= 0) return [['en', ...parts.slice(0, enAt), ...parts.slice(enAt + 1)].join('/')]
  if (parts.length > 1 && sectionsWithEn.has(parts[0] as string)) return [relPath]
  return [relPath, `en/${relPath}`]
}

/**
 * Rewrites links that leave the docs tree (`../../packages/core/README.md`) into plain text with the
 * path in code, so a decision record that points at source files does not become a dead link in
 * the site. Links inside the tree, absolute site links and external URLs stay. Code blocks are
 * left alone.
 */
export function neutraliseOutsideLinks(markdown: string, sourceFile: string, docsDir: string): string {
  let inFence = false
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
      if (inFence) return line
      return line.replace(
        /(!?)\[([^\]]*)\]\(([^)\s]+)(\s+"[^"]*")?\)/g,
        (whole, bang: string, text: string, target: string) => {
          if (bang || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/'))
            return whole
          const path = target.replace(/[?#].*$/, '')
          const absolute = resolve(dirname(sourceFile), decodeURIComponent(path))
          if (!relative(docsDir, absolute).startsWith('..')) return whole
          return `${text} (\`${path}\`)`
        },
      )
    })
    .join('\n')
}

/** Copies the hand-written `docs/` tree into the site's source folder (see {@link targetsFor}). */
export function copyDocs(docsDir: string, siteDir: string): CopiedFile[] {
  const files = walk(docsDir)
  const sectionsWithEn = new Set(
    readdirSyncSafe(docsDir).filter((name) => existsSync(join(docsDir, name, 'en'))),
  )
  const copied: CopiedFile[] = []
  for (const file of files) {
    const rel = relative(docsDir, file).split('\\').join('/')
    for (const target of targetsFor(rel, sectionsWithEn)) {
      const out = join(siteDir, target)
      mkdirSync(dirname(out), { recursive: true })
      if (file.endsWith('.md')) {
        let text = neutraliseOutsideLinks(readFileSync(file, 'utf8'), file, docsDir)
        // Only the guides embed files; elsewhere an `@include` comment is text about VitePress.
        if (!sectionsWithEn.has(rel.split('/')[0] as string))
          text = text.replace(/@include:/g, '@include\u200b:')
        writeFileSync(out, text)
      } else {
        copyFileSync(file, out)
      }
      copied.push({ source: file, target })
    }
  }
  return copied
}

/** Copies a folder as it is (the site's own pages in `apps/docs/pages`). */
export function copyTree(fromDir: string, toDir: string): CopiedFile[] {
  return walk(fromDir).map((file) => {
    const target = relative(fromDir, file).split('\\').join('/')
    const out = join(toDir, target)
    mkdirSync(dirname(out), { recursive: true })
    copyFileSync(file, out)
    return { source: file, target }
  })
}

function readdirSyncSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : []
}

/** A page's title: front matter `title:` or its first `# ` heading. */
export function pageTitle(markdown: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1]
  const fromFm = fm ? /^title:\s*(.+)$/m.exec(fm)?.[1] : undefined
  if (fromFm) return fromFm.trim().replace(/^(['"])(.*)\1$/, '$2')
  return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim()
}

/** A page's `order:` front matter value (for the sidebar), or `undefined`. */
export function pageOrder(markdown: string): number | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1]
  const value = fm ? /^order:\s*(\d+)\s*$/m.exec(fm)?.[1] : undefined
  return value === undefined ? undefined : Number(value)
}

/**
 * Problems with the snippet imports (`<<< @/../examples/x.ts#region`) and includes
 * (`<!--@include: @/…-->`) of the site's pages: VitePress leaves a missing include silently as a
 * comment and shows a missing snippet as an error text, so the build checks them itself.
 */
export function checkEmbeds(siteDir: string): string[] {
  const problems: string[] = []
  for (const file of walk(siteDir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(file, 'utf8')
    const rel = relative(siteDir, file)
    for (const match of text.matchAll(/^<<<\s+(\S+?)(?:#([\w-]+))?(?:\{[^}]*\})?\s*$/gm)) {
      const target = resolveEmbed(match[1] as string, siteDir, file)
      if (!existsSync(target)) problems.push(`${rel}: snippet ${match[1]} not found`)
      else if (match[2] && !hasRegion(readFileSync(target, 'utf8'), match[2])) {
        problems.push(
          `${rel}: snippet ${match[1]} has no "// #region ${match[2]}" … "// #endregion ${match[2]}"`,
        )
      }
    }
    for (const match of text.matchAll(/<!--\s*@include:\s*(.*?)\s*-->/g)) {
      const path = (match[1] as string).replace(/(#[\w-]+)?(\{\d*,\d*\})?$/, '')
      if (!existsSync(resolveEmbed(path, siteDir, file))) problems.push(`${rel}: include ${path} not found`)
    }
  }
  return problems
}

/** Whether a source file has the region `name`, opened and closed by name (as VitePress requires). */
export function hasRegion(source: string, name: string): boolean {
  const lines = source.split('\n').map((line) => line.trim())
  const start = lines.indexOf(`// #region ${name}`)
  return start >= 0 && lines.indexOf(`// #endregion ${name}`, start) > start
}

function resolveEmbed(path: string, siteDir: string, file: string): string {
  return path.startsWith('@')
    ? join(siteDir, path.slice(path[1] === '/' ? 2 : 1))
    : resolve(dirname(file), path)
}
