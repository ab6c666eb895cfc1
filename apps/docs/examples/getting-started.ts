/**
 * Getting started: a dated parameter looked up in a `ParameterStore` as of a date, its amount
 * formatted in both languages and its legal reference cited. Shown in docs/guides/getting-started.md.
 */
// #region example
import { defineParameter, formatLegalRef, Money, ParameterStore } from '@talka/core'

const budget = defineParameter<string>({
  id: 'allocation.community-measure.total',
  package: '@talka/allocation',
  unit: 'EUR',
  title: { lt: 'Priemonės metinis biudžetas', en: 'Yearly budget of the measure' },
  values: [
    {
      from: '2021-01-01',
      to: '2021-12-31',
      value: '2000000.00',
      ref: {
        act: 'Socialinės apsaugos ir darbo ministro 2021-03-24 įsakymas Nr. A1-246',
        actId: 'A1-246',
        url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
      },
    },
  ],
})

const store = new ParameterStore([budget])
const { value, ref } = store.at<string>(budget.id, '2021-06-01')

export const output = {
  value,
  lt: Money.parse(value).format('lt'),
  en: Money.parse(value).format('en'),
  citation: formatLegalRef(ref, 'lt'),
  url: ref.url,
}
// #endregion example
