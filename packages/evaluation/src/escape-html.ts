// One HTML escaper for every page this package writes (the evaluation summary and the published tables).

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML element content and quoted attribute values (`& < > " '`).
 *
 * Internal: not exported from the package.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"A" & B</b>') // '&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)
}
