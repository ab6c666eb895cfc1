import type { MarkdownRenderer } from 'vitepress'

/**
 * Pages written for this site (the guides, the home pages, the interactive tools, the generated rule
 * reference); every other page comes from elsewhere (TSDoc comments, decision records and notes in
 * docs/, the OpenAPI document) and gets its raw HTML shown as text.
 */
const OWN = /^(en\/)?(guides\/|rules\/|parameters\/|tools\/|index\.md$)/

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Braces as entities: VitePress compiles every page as a Vue template, where `{{ }}` is code. */
const escapeBraces = (html: string) => html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')

const ALLOWED_HTML = /^<\/?(br|wbr)\s*\/?>$/i

/**
 * Makes text that Talka did not write for this site safe to compile: braces in text and inline
 * code are rendered as entities on every page (so `{{ x }}` in a comment is not evaluated), and on
 * foreign pages raw HTML is shown as text (a `Decision<O>` in a TSDoc comment must not open an
 * element), except line breaks.
 */
export function markdownSafety(md: MarkdownRenderer): void {
  const rules = md.renderer.rules
  rules.text = (tokens, idx) => escapeBraces(escapeHtml(tokens[idx]?.content ?? ''))
  rules.code_inline = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]
    if (!token) return ''
    return `<code${self.renderAttrs(token)}>${escapeBraces(escapeHtml(token.content))}</code>`
  }
  const foreign = (env: unknown) => !OWN.test((env as { relativePath?: string }).relativePath ?? '')
  const inline = rules.html_inline
  rules.html_inline = (tokens, idx, options, env, self) => {
    const content = tokens[idx]?.content ?? ''
    // Only tags are suspect: plugins emit entities such as the heading anchor's `&ZeroWidthSpace;`.
    if (foreign(env) && content.trimStart().startsWith('<') && !ALLOWED_HTML.test(content.trim())) {
      return escapeBraces(escapeHtml(content))
    }
    return inline ? inline(tokens, idx, options, env, self) : content
  }
  const block = rules.html_block
  rules.html_block = (tokens, idx, options, env, self) => {
    const content = tokens[idx]?.content ?? ''
    if (foreign(env)) return `<p>${escapeBraces(escapeHtml(content))}</p>\n`
    return block ? block(tokens, idx, options, env, self) : content
  }
}
