import type { LegalRef } from '@talka/core'

/**
 * The legal and published sources the evaluation rules cite, each with the URL of a stored copy that was read
 * (the `note` says what was and was not verified there). Rule reasons use these unless the call passes its
 * own references in `call.legalRefs`.
 *
 * @example
 * ```ts
 * import { evaluationSources } from '@talka/evaluation'
 * evaluationSources.pilot2022PassMark.point // '28'
 * ```
 */
export const evaluationSources = {
  /** The 2022 pilot-model description (SADM order A1-290), as a whole. */
  pilot2022: {
    act:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės ' +
      '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas ' +
      '(SADM ministro 2022-04-15 įsakymas Nr. A1-290, nauja redakcija nuo 2022-05-05 – Nr. A1-332)',
    actId: 'A1-290',
    url: 'https://e-tar.lt/rs/actualedition/6bdbb8e0bcbf11ec8d9390588bf2de65/NhfZsCLAVO',
    effectiveFrom: '2022-05-05',
    note:
      'Consolidated edition from 2022-05-05. The stored copy was read only up to the approval clause; the ' +
      'points on scoring, the funded list and the remainder are not verified there.',
  },
  /** Point 28 of the 2022 pilot description: the minimum score (pass mark). */
  pilot2022PassMark: {
    act:
      'Nevyriausybinių organizacijų ir bendruomeninės veiklos stiprinimo 2022 metų veiksmų plano 1.1.6 priemonės ' +
      '„Stiprinti bendruomeninę veiklą savivaldybėse“ įgyvendinimo, įgyvendinant bandomąjį modelį, aprašas ' +
      '(SADM ministro 2022-04-15 įsakymas Nr. A1-290)',
    actId: 'A1-290',
    point: '28',
    url: 'https://e-tar.lt/rs/actualedition/6bdbb8e0bcbf11ec8d9390588bf2de65/NhfZsCLAVO',
    note:
      'Point 28 is cited as the minimum-score rule by the Panevėžys city 2022 decision ("Nesurinko Konkurso ' +
      'apraše nustatyto minimalaus balų skaičiaus (Aprašo 28 p.)", ' +
      'http://www.3sektorius.lt/finansavimas/bendruomeniu-pilotas/2022-08-18-panevezio-miesto-savivaldybes-patvirtinti-finansuojami-projektai); ' +
      'the text of point 28 and the number it sets were not read in a stored copy.',
  },
  /** Tauragė district 2022 funded list: down the list, the last project funded from the remainder. */
  taurage2022Decision: {
    act:
      'Tauragės rajono savivaldybės administracijos direktoriaus 2022-08-12 įsakymas Nr. 5T-422 (finansuojamų ' +
      'projektų sąrašas pagal 2022 m. 1.1.6 priemonę, bandomasis modelis)',
    actId: '5T-422',
    url: 'http://www.3sektorius.lt/finansavimas/bendruomeniu-pilotas/2022-08-12-skelbiame-taurages-rajono-savivaldybes-finansuojamas-paraiskas-',
    note:
      'Published list read in a stored copy: 11 projects, EUR 3000.00 down to EUR 1442.05 for the last one, total ' +
      'EUR 27372.00. It shows the practice (last project from the remainder); it is not the rule itself.',
  },
  /** Kėdainiai district 2024 mayor's decree: the summary columns and the reserve list (pilot description point 40). */
  kedainiai2024Decree: {
    act:
      'Kėdainių rajono savivaldybės mero 2024-04-26 potvarkis Nr. MP1-218 (papildomo konkurso finansavimas pagal ' +
      '2023–2025 m. veiksmų plano 2.1.1.1 priemonę, bandomasis modelis)',
    actId: 'MP1-218',
    url: 'https://kedainiai.lt/veiklos-sritys/nevyriausybines-organizacijos/bendruomenines-veiklos-remimas/206',
    note:
      'Published list read in a stored copy: columns "Projekto reg. Nr. | Pareiškėjo pavadinimas | Projekto ' +
      'pavadinimas | Balų vidurkis | Skirta valstybės biudžeto lėšų suma, Eur" and the reserve reason citing ' +
      '"Aprašo 40 p."; the description it cites (2024 pilot description, point 40) was not read.',
  },
  /** SADM order A1-355 (2022-05-17) adding annex 5, the model competition rules, to the project rules A1-1259. */
  sadmModelRules: {
    act:
      'SADM ministro 2022-05-17 įsakymas Nr. A1-355, kuriuo Projektų administravimo taisyklės (2020-12-10 ' +
      'įsakymas Nr. A1-1259) papildytos 51 punktu ir 5 priedu (pavyzdiniai konkurso nuostatai)',
    actId: 'A1-355',
    url: 'https://e-tar.lt/rs/legalact/80fb5fe0d5d911ec8d9390588bf2de65/',
    note:
      'The stored copy shows point 51 and that annex 5 (model competition rules) was added; the annex text with ' +
      'the further-evaluator rule and its threshold was not read, so no point of annex 5 is cited.',
  },
  /** The 2023 pilot call notice (2023–2025 plan measure 2.1.1.1): minimum EUR 1000, maximum EUR 3000 per project. */
  pilot2023Call: {
    act:
      'Kvietimas teikti paraiškas pagal Nevyriausybinių organizacijų veiklos stiprinimo 2023–2025 metų veiksmų ' +
      'plano 2.1.1.1 priemonę „Stiprinti bendruomeninę veiklą savivaldybėse“, įgyvendinant bandomąjį modelį (2023 m.)',
    url: 'https://stadviliubendruomene.lt/naujienos/bendruomenines-organizacijos-kvieciamos-teikti-paraiskas-pagal-2-1-1-1-pilotine-priemone/',
    note:
      'Call notice republished by a community association (stored copy read): "Mažiausia projekto suma – 1000 Eur, ' +
      'didžiausia – 3000 Eur", budget EUR 1169449 for 2023. The description point that sets the amounts was not read.',
  },
} as const satisfies Record<string, LegalRef>
