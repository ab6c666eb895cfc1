import { type CatalogEntry, describeParameter, type MessageCatalog, type RuleDescriptor } from '@talka/core'
import { A1_246, A1_269, A1_293 } from './legal-refs.js'
import { allocationMessages } from './messages.js'
import { allocationParameters } from './parameters.js'

const PACKAGE = '@talka/allocation'

function pick(prefix: string): MessageCatalog {
  return Object.fromEntries(Object.entries(allocationMessages).filter(([key]) => key.startsWith(prefix)))
}

/**
 * The largest-remainder (Hamilton) method with its tie rule.
 *
 * @example
 * ```ts
 * import { largestRemainderRule } from '@talka/allocation'
 * largestRemainderRule.id // 'allocation.largest-remainder'
 * ```
 */
export const largestRemainderRule: RuleDescriptor = /* @__PURE__ */ (() => ({
  kind: 'rule',
  id: 'allocation.largest-remainder',
  package: PACKAGE,
  title: { lt: 'Didžiausių liekanų metodas', en: 'Largest remainder method' },
  description: {
    lt: 'Kiekvieno gavėjo kvota = likusi suma × svoris / svorių suma (tiksli trupmena). Gavėjas gauna kvotos sveikąją dalį vienetais; likę vienetai po vieną skiriami didžiausias liekanas turintiems gavėjams. Vienodos liekanos: pirmiau didesnio svorio gavėjas, paskui – identifikatorius pagal Unicode kodų tvarką, niekada ne eilės vieta sąraše. Sumų suma visada lygi visai sumai.',
    en: 'Each recipient’s quota = remaining total × weight / sum of weights (an exact fraction). Each receives the whole units of its quota; the leftover units go one each to the largest remainders. Equal remainders: the larger weight first, then the id in Unicode code-point order, never the position in the list. The amounts always add up to the total.',
  },
  facts: ['total', 'unit', 'recipients[].id', 'recipients[].weight'],
  refs: [
    {
      ...A1_246,
      notes: {
        lt: 'Aprašas lėšas skirsto proporcingai gyventojų skaičiui, bet nenustato, kaip apvalinti. Didžiausių liekanų metodas išlaiko tikslią sumą (Talka sprendimas 0010); vienodų liekanų taisyklė – Talka nustatyta ir aprašyta tvarka.',
        en: 'The description allocates in proportion to residents but does not say how to round. Largest remainder keeps the sum exact (Talka decision 0010); the tie rule is Talka’s documented contract.',
      },
    },
  ],
  messages: { ...pick('allocation.lr.'), ...pick('allocation.sum.'), ...pick('allocation.tie.') },
}))()

/**
 * The fixed part: an equal amount per recipient taken before the proportional split.
 *
 * @example
 * ```ts
 * import { fixedPartRule } from '@talka/allocation'
 * fixedPartRule.refs[0].actId // 'A1-246' (a municipality's own act only for its own allocation)
 * ```
 */
export const fixedPartRule: RuleDescriptor = /* @__PURE__ */ (() => ({
  kind: 'rule',
  id: 'allocation.fixed-part',
  package: PACKAGE,
  title: { lt: 'Fiksuota dalis kiekvienam gavėjui', en: 'Fixed part per recipient' },
  description: {
    lt: 'Iš visos sumos pirmiausia kiekvienam gavėjui skiriama vienoda fiksuota suma; likusi suma skirstoma proporcingai svoriams.',
    en: 'An equal fixed amount per recipient is taken from the total first; the rest is split in proportion to the weights.',
  },
  facts: ['fixed', 'recipients'],
  // The default cites the ministry: a fixed part is a municipality's own rule, cited only for its
  // own allocation (municipalAllocationRules; explainAllocation's `refs`).
  refs: [
    {
      ...A1_246,
      notes: {
        lt: 'Ministerijos aprašas lėšas skiria savivaldybių administracijoms; fiksuotą dalį seniūnijai nustato savivaldybės aprašas, kuris cituojamas tik tos savivaldybės skirstymui.',
        en: 'The ministry’s description allocates to municipal administrations; a fixed part per eldership is set by the municipality’s own description, cited only for that municipality’s allocation.',
      },
    },
  ],
  messages: pick('allocation.fixed.'),
}))()

/**
 * The minimum per recipient: who would get less gets the minimum and leaves the split.
 *
 * @example
 * ```ts
 * import { minimumPartRule } from '@talka/allocation'
 * minimumPartRule.id // 'allocation.minimum-part'
 * ```
 */
export const minimumPartRule: RuleDescriptor = /* @__PURE__ */ (() => ({
  kind: 'rule',
  id: 'allocation.minimum-part',
  package: PACKAGE,
  title: { lt: 'Minimali suma gavėjui', en: 'Minimum per recipient' },
  description: {
    lt: 'Gavėjas, kurio tiksli kvota mažesnė už minimalią sumą, gauna minimalią sumą ir išimamas; likusi suma tuo pačiu metodu dalijama kitiems, kol nė vieno kvota nebėra mažesnė. Jei vien minimalios sumos viršija visą sumą, tai klaida.',
    en: 'A recipient whose exact quota is below the minimum gets the minimum and is removed; the rest is split among the others by the same method, until no quota is below the minimum. If the minimums alone exceed the total, that is an error.',
  },
  facts: ['minimum', 'recipients[].weight'],
  refs: [
    {
      ...A1_246,
      notes: {
        lt: 'Ministerijos aprašas lėšas skiria savivaldybių administracijoms; mažiausią sumą seniūnijai nustato savivaldybės aprašas, kuris cituojamas tik tos savivaldybės skirstymui. Išėmimo ir perskirstymo tvarka – Talka sprendimas 0012.',
        en: 'The ministry’s description allocates to municipal administrations; a minimum per eldership is set by the municipality’s own description, cited only for that municipality’s allocation. The remove-and-resplit procedure is Talka decision 0012.',
      },
    },
  ],
  messages: pick('allocation.minimum.'),
}))()

/**
 * The ministry's rule: the measure's funds go to municipal administrations by declared residents.
 *
 * @example
 * ```ts
 * import { ministryByResidentsRule } from '@talka/allocation'
 * ministryByResidentsRule.refs[0].actId // 'A1-246'
 * ```
 */
export const ministryByResidentsRule: RuleDescriptor = /* @__PURE__ */ (() => ({
  kind: 'rule',
  id: 'allocation.ministry.by-declared-residents',
  package: PACKAGE,
  title: {
    lt: 'Lėšų skirstymas savivaldybėms pagal deklaravusių gyventojų skaičių',
    en: 'Allocation to municipalities by declared residents',
  },
  description: {
    lt: 'Socialinės apsaugos ir darbo ministro įsakymu lėšos Priemonei įgyvendinti skiriamos savivaldybių administracijoms pagal jose praėjusiais kalendoriniais metais gyvenamąją vietą deklaravusių gyventojų skaičių, remiantis Registrų centro einamųjų metų sausio 1 d. duomenimis.',
    en: 'By order of the Minister of Social Security and Labour, the funds of the measure are allocated to municipal administrations according to the number of residents who declared their place of residence there in the previous calendar year, per Registrų centras data as of 1 January of the current year.',
  },
  facts: [
    'year',
    'total',
    'residents[].municipality',
    'residents[].residents',
    'residents.kind',
    'residents.asOf',
  ],
  refs: [A1_246, A1_269],
  messages: { ...pick('allocation.ministry.'), ...pick('allocation.warning.') },
  validFrom: '2021-01-01',
}))()

/**
 * The ministry's 2017–2019 rule: the funds went to municipalities by the number of personal income
 * tax payers (VMI data for three tax years), order A1-293. The caller supplies the figures.
 *
 * @example
 * ```ts
 * import { ministryByTaxpayersRule } from '@talka/allocation'
 * ministryByTaxpayersRule.refs[0].status // 'unverified'
 * ```
 */
export const ministryByTaxpayersRule: RuleDescriptor = /* @__PURE__ */ (() => ({
  kind: 'rule',
  id: 'allocation.ministry.by-income-tax-payers',
  package: PACKAGE,
  title: {
    lt: 'Lėšų skirstymas savivaldybėms pagal gyventojų pajamų mokesčio mokėtojų skaičių',
    en: 'Allocation to municipalities by the number of personal income tax payers',
  },
  description: {
    lt: '2017–2019 m. lėšos savivaldybėms skirstytos pagal gyventojų pajamų mokesčio mokėtojų skaičių (trejų mokestinių metų Valstybinės mokesčių inspekcijos duomenys). Šiuos skaičius pateikia naudotojas; be jų skirstymas neatliekamas.',
    en: 'In 2017–2019 the funds went to municipalities by the number of personal income tax payers (VMI data for three tax years). The caller supplies these figures; without them no allocation is made.',
  },
  facts: [
    'year',
    'total',
    'taxpayers.source',
    'taxpayers.figures[].municipality',
    'taxpayers.figures[].taxpayers',
  ],
  refs: [A1_293],
  messages: pick('allocation.taxpayers.'),
  validFrom: '2017-01-01',
  validTo: '2019-12-31',
}))()

/**
 * Every rule and parameter of `@talka/allocation` for the API's `GET /v1/rules` and the docs:
 * the largest-remainder method, the fixed and minimum parts, the ministry's residents and taxpayers rules and the
 * dated parameters (budget, residents basis, unit, allocation orders).
 *
 * @example
 * ```ts
 * import { checkCatalog } from '@talka/core'
 * import { allocationCatalog } from '@talka/allocation'
 * checkCatalog(allocationCatalog) // []
 * ```
 */
export const allocationCatalog: readonly CatalogEntry[] = /* @__PURE__ */ (() => [
  largestRemainderRule,
  fixedPartRule,
  minimumPartRule,
  ministryByResidentsRule,
  ministryByTaxpayersRule,
  ...allocationParameters.map(describeParameter),
])()
