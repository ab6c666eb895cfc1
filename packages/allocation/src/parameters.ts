import { defineParameter, type ParameterDefinition } from '@talka/core'
import type { ResidentsKind } from './data/residents.js'
import { A1_55, A1_95, A1_130, A1_246, A1_269, A1_293, withNotes } from './legal-refs.js'

const PACKAGE = '@talka/allocation'

/**
 * Which resident figure the ministry's rule allocates by: the kind of figure, the day it refers to
 * and the register that provides it.
 *
 * @example
 * ```ts
 * import type { ResidentsBasis } from '@talka/allocation'
 * const basis: ResidentsBasis = { kind: 'declared', referenceDate: 'january-1-of-budget-year', register: 'Registrų centras' }
 * ```
 */
export interface ResidentsBasis {
  readonly kind: ResidentsKind
  readonly referenceDate: 'january-1-of-budget-year'
  readonly register: string
}

/**
 * A ministry allocation order, as a parameter value.
 *
 * @example
 * ```ts
 * import type { AllocationOrder } from '@talka/allocation'
 * const order: AllocationOrder = { actId: 'A1-269', date: '2021-03-30' }
 * ```
 */
export interface AllocationOrder {
  readonly actId: string
  readonly date: string
}

/**
 * What the ministry allocates by in a budget year: `'income-tax-payers'` (2017–2019) or
 * `'declared-residents'` (from 2021).
 *
 * @example
 * ```ts
 * import type { AllocationBasis } from '@talka/allocation'
 * const basis: AllocationBasis = 'income-tax-payers'
 * ```
 */
export type AllocationBasis = 'income-tax-payers' | 'declared-residents'

const declared: ResidentsBasis = {
  kind: 'declared',
  referenceDate: 'january-1-of-budget-year',
  register: 'Registrų centras',
}

/**
 * Yearly budget (EUR) of the measure "Stiprinti bendruomeninę veiklą savivaldybėse". Known for 2021
 * (order A1-246); for other years no dated act was found, so callers pass `total` (the 2025 figure
 * of EUR 2,180,000 is known only from an undated news item and is not a parameter value).
 *
 * @example
 * ```ts
 * import { communityMeasureTotal } from '@talka/allocation'
 * communityMeasureTotal.timeline.valueAt('2021-06-01') // '2000000.00'
 * ```
 */
export const communityMeasureTotal: ParameterDefinition<string> = /* @__PURE__ */ defineParameter<string>({
  id: 'allocation.community-measure.total',
  package: PACKAGE,
  unit: 'EUR',
  title: {
    lt: 'Priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ metinis biudžetas',
    en: 'Yearly budget of the measure “Strengthen community activity in municipalities”',
  },
  description: {
    lt: 'Valstybės biudžeto lėšos, skirstomos savivaldybių administracijoms.',
    en: 'State budget funds allocated to municipal administrations.',
  },
  values: [{ from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: A1_246 }],
})

/**
 * Which residents figure the ministry allocates by: declared residents (Registrų centras) as of
 * 1 January of the budget year. Stated in the 2021 description (A1-246); reported unchanged later.
 *
 * @example
 * ```ts
 * import { communityMeasureResidentsBasis } from '@talka/allocation'
 * communityMeasureResidentsBasis.timeline.valueAt('2024-01-01').kind // 'declared'
 * ```
 */
export const communityMeasureResidentsBasis: ParameterDefinition<ResidentsBasis> =
  /* @__PURE__ */ defineParameter<ResidentsBasis>({
    id: 'allocation.community-measure.residents-basis',
    package: PACKAGE,
    title: {
      lt: 'Gyventojų skaičius, pagal kurį skirstomos lėšos',
      en: 'The residents figure funds are allocated by',
    },
    description: {
      lt: 'Praėjusiais kalendoriniais metais gyvenamąją vietą savivaldybėje deklaravusių gyventojų skaičius pagal Registrų centro einamųjų metų sausio 1 d. duomenis.',
      en: 'Residents who declared their place of residence in the municipality in the previous calendar year, per Registrų centras data as of 1 January of the current year.',
    },
    continuous: true,
    values: [
      { from: '2021-01-01', to: '2021-12-31', value: declared, ref: A1_246 },
      { from: '2022-01-01', to: '2022-12-31', value: declared, ref: A1_130 },
      { from: '2023-01-01', to: '2025-12-31', value: declared, ref: A1_95 },
    ],
  })

/**
 * What the ministry allocates the measure's funds by, per budget year: the number of personal income
 * tax payers (VMI data for three tax years) in 2017–2019 (order A1-293, not read: status
 * `unverified`), declared residents from 2021. 2020 is not known.
 *
 * @example
 * ```ts
 * import { communityMeasureAllocationBasis } from '@talka/allocation'
 * communityMeasureAllocationBasis.timeline.valueAt('2018-01-01') // 'income-tax-payers'
 * communityMeasureAllocationBasis.timeline.valueAt('2021-01-01') // 'declared-residents'
 * ```
 */
export const communityMeasureAllocationBasis: ParameterDefinition<AllocationBasis> =
  /* @__PURE__ */ defineParameter<AllocationBasis>({
    id: 'allocation.community-measure.basis',
    package: PACKAGE,
    title: {
      lt: 'Pagal ką skirstomos lėšos savivaldybėms',
      en: 'What funds are allocated to municipalities by',
    },
    description: {
      lt: '2017–2019 m. – pagal gyventojų pajamų mokesčio mokėtojų skaičių (trejų mokestinių metų Valstybinės mokesčių inspekcijos duomenys), nuo 2021 m. – pagal gyvenamąją vietą deklaravusių gyventojų skaičių.',
      en: '2017–2019: by the number of personal income tax payers (VMI data for three tax years); from 2021: by the number of residents who declared their place of residence.',
    },
    valueLabels: {
      'income-tax-payers': {
        lt: 'gyventojų pajamų mokesčio mokėtojų skaičius',
        en: 'number of personal income tax payers',
      },
      'declared-residents': {
        lt: 'gyvenamąją vietą deklaravusių gyventojų skaičius',
        en: 'number of residents who declared their place of residence',
      },
    },
    values: [
      { from: '2017-01-01', to: '2019-12-31', value: 'income-tax-payers', ref: A1_293 },
      { from: '2021-01-01', to: '2021-12-31', value: 'declared-residents', ref: A1_246 },
      { from: '2022-01-01', to: '2022-12-31', value: 'declared-residents', ref: A1_130 },
      { from: '2023-01-01', to: '2025-12-31', value: 'declared-residents', ref: A1_95 },
    ],
  })

/**
 * Rounding unit (EUR) of the ministry's allocation tables: cents in 2017–2019 (taxpayers basis), whole
 * euros from 2021, as far as the published amounts show (29 056,00; 11 538; 25 957; 22 864,00;
 * 17 419,00). Dated by year; 2020 is not known.
 *
 * @example
 * ```ts
 * import { communityMeasureUnit } from '@talka/allocation'
 * communityMeasureUnit.timeline.valueAt('2021-06-01') // '1'
 * ```
 */
export const communityMeasureUnit: ParameterDefinition<string> = /* @__PURE__ */ defineParameter<string>({
  id: 'allocation.community-measure.unit',
  package: PACKAGE,
  unit: 'EUR',
  title: { lt: 'Skirstymo apvalinimo vienetas', en: 'Rounding unit of the allocation' },
  values: [
    {
      from: '2017-01-01',
      to: '2019-12-31',
      value: '0.01',
      ref: /* @__PURE__ */ withNotes(A1_293, {
        lt: 'Įsakymas neperskaitytas. Savivaldybėms perduotos 2017 m. sumos turi centų (pvz., 26 285,56 Eur), todėl skirstoma centais.',
        en: 'The order was not read. Amounts passed on to municipalities in 2017 have cents (e.g. EUR 26,285.56), so the split is in cents.',
      }),
    },
    { from: '2021-01-01', to: '2021-12-31', value: '1', ref: A1_269 },
    {
      from: '2022-01-01',
      to: '2022-12-31',
      value: '1',
      ref: /* @__PURE__ */ withNotes(A1_130, {
        lt: '2022 m. paskirstymo įsakymo tekstas nepatikrintas. Savivaldybių paskelbtos 2022 m. sumos sveikais eurais (11 538 Eur, 25 957 Eur).',
        en: 'The text of the 2022 allocation order has not been checked. The 2022 amounts municipalities published are whole euros (EUR 11,538; EUR 25,957).',
      }),
    },
    { from: '2023-01-01', to: '2023-12-31', value: '1', ref: A1_95 },
    {
      from: '2024-01-01',
      value: '1',
      ref: /* @__PURE__ */ withNotes(A1_55, {
        lt: 'Sumos sveikais eurais, kaip rodo paskelbtos 2024 m. sumos (22 864,00; 17 419,00). Laikoma, kad vienetas nesikeičia, kol paskelbta lentelė neparodys kitaip.',
        en: 'Whole euros, as the published 2024 amounts show (22,864.00; 17,419.00). Taken to continue until a published table shows otherwise.',
      }),
    },
  ],
})

/**
 * The ministry's yearly allocation order, where one is known (2021, 2023, 2024).
 *
 * @example
 * ```ts
 * import { communityMeasureAllocationOrder } from '@talka/allocation'
 * communityMeasureAllocationOrder.timeline.valueAt('2021-06-01').actId // 'A1-269'
 * ```
 */
export const communityMeasureAllocationOrder: ParameterDefinition<AllocationOrder> =
  /* @__PURE__ */ defineParameter<AllocationOrder>({
    id: 'allocation.community-measure.allocation-order',
    package: PACKAGE,
    title: { lt: 'Ministro įsakymas dėl lėšų paskirstymo', en: 'Ministerial allocation order' },
    values: [
      { from: '2021-01-01', to: '2021-12-31', value: { actId: 'A1-269', date: '2021-03-30' }, ref: A1_269 },
      { from: '2023-01-01', to: '2023-12-31', value: { actId: 'A1-95', date: '2023-02-10' }, ref: A1_95 },
      { from: '2024-01-01', to: '2024-12-31', value: { actId: 'A1-55', date: '2024-01-22' }, ref: A1_55 },
    ],
  })

/**
 * Every parameter of `@talka/allocation`, as data for a `ParameterStore` (the ministry's budget,
 * allocation basis, residents basis, rounding unit and allocation orders, each value dated and referenced).
 *
 * @example
 * ```ts
 * import { ParameterStore } from '@talka/core'
 * import { allocationParameters } from '@talka/allocation'
 * const store = new ParameterStore(allocationParameters)
 * store.at<string>('allocation.community-measure.total', '2021-06-01').value // '2000000.00'
 * ```
 */
export const allocationParameters: readonly ParameterDefinition[] = [
  communityMeasureTotal,
  communityMeasureAllocationBasis,
  communityMeasureResidentsBasis,
  communityMeasureUnit,
  communityMeasureAllocationOrder,
] as readonly ParameterDefinition[]
