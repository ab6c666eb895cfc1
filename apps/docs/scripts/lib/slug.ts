/**
 * Stable, unique URL paths for catalog ids. Ids such as `eligibility.ngo-fund-2023/applicant.N1`
 * hold dots and slashes; a dot in the last URL segment would make VitePress treat the link as a
 * file download, so each segment keeps only letters, digits, `-` and `_` (lower-cased), `/` stays a
 * folder, and a clash gets a numeric suffix.
 */
export class SlugRegistry {
  readonly #used = new Set<string>()
  readonly #byKey = new Map<string, string>()

  /** The path (without `.md`) for `id` under `base`, the same on every call for the same pair. */
  pathFor(base: string, id: string, packageShort: string): string {
    const key = `${base}\u0000${id}`
    const known = this.#byKey.get(key)
    if (known) return known
    const local = id.startsWith(`${packageShort}.`) ? id.slice(packageShort.length + 1) : id
    const segments = local
      .split('/')
      .map((segment) =>
        segment
          .toLowerCase()
          .replace(/[^a-z0-9_-]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter(Boolean)
    const stem = `${base}/${packageShort}/${segments.join('/') || 'entry'}`
    let candidate = stem
    for (let n = 2; this.#used.has(candidate) || candidate.endsWith('/index'); n++) candidate = `${stem}-${n}`
    this.#used.add(candidate)
    this.#byKey.set(key, candidate)
    return candidate
  }
}
