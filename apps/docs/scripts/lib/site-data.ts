import type { ApiPage } from './api-reference.js'
import type { PackageReference } from './rule-pages.js'

/** A sidebar link. */
export interface SiteLink {
  readonly text: string
  readonly link: string
}

/**
 * What the generator tells the VitePress config and the tests (`generated/_partials/site-data.json`):
 * the packages with their reference pages, the API pages, and the hand-written sections.
 */
export interface SiteData {
  readonly packages: readonly PackageReference[]
  readonly api: readonly ApiPage[]
  readonly hasOpenApi: boolean
  readonly guides: { readonly lt: readonly SiteLink[]; readonly en: readonly SiteLink[] }
  readonly decisions: { readonly lt: readonly SiteLink[]; readonly en: readonly SiteLink[] }
}
