/**
 * Releasing a new rule version: a parameter gets a new dated value with its own legal reference;
 * lookups before the date keep the old value. Shown in docs/guides/release-rule-version.md.
 */
// #region example
import { defineParameter, ParameterStore } from '@talka/core'

const ref2021 = {
  act: 'Socialinės apsaugos ir darbo ministro 2021-03-24 įsakymas Nr. A1-246',
  actId: 'A1-246',
  url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
}
const ref2025 = {
  act: 'NVO veiklos stiprinimo 2023–2025 m. veiksmų planas, priemonė 2.1.1.1',
  url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
}

// The new value is a new dated entry: the old one keeps its dates and its reference.
const budget = defineParameter<string>({
  id: 'allocation.community-measure.total',
  package: '@talka/allocation',
  unit: 'EUR',
  title: { lt: 'Priemonės metinis biudžetas', en: 'Yearly budget of the measure' },
  values: [
    { from: '2021-01-01', to: '2021-12-31', value: '2000000.00', ref: ref2021 },
    { from: '2025-01-01', to: '2025-12-31', value: '2180000.00', ref: ref2025 },
  ],
})

const store = new ParameterStore([budget])
export const output = ['2021-06-01', '2025-06-01'].map((asOf) => {
  const { value, ref } = store.at<string>(budget.id, asOf)
  return { asOf, value, act: ref.act }
})
// #endregion example
