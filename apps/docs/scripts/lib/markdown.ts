/**
 * Escapes text from the packages (titles, descriptions, messages) for a Markdown paragraph rendered
 * by VitePress: Markdown punctuation that would change the meaning, and `<` / `>` so no text is
 * taken for HTML (VitePress compiles each page as a Vue template).
 */
export function mdText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*_[\]|#])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** Like {@link mdText} for a table cell: also folds line breaks. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\r?\n/g, ' ')
}

/** An inline code span that survives any backticks inside. */
export function mdCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function mdFence(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${body.replace(/\n$/, '')}\n${fence}`
}

/** A Markdown link whose text is escaped and whose URL cannot break out of the parentheses. */
export function mdLink(text: string, url: string): string {
  return `[${mdText(text)}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`
}

/** A Markdown table. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** YAML front matter with JSON-quoted values (JSON strings are valid YAML scalars). */
export function frontmatter(data: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  return `---\n${lines.join('\n')}\n---\n`
}

/** Pretty JSON as shown on the pages (bigints as strings). */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) ?? 'undefined'
  )
}
