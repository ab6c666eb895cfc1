import { defineParameter, type ParameterDefinition } from '@talka/core'
import { NGO_2022_AMOUNTS, NGO_2023 } from './refs.js'

const PACKAGE = '@talka/eligibility'

/** NGO Fund 2022: smallest amount per project. */
export const ngoFund2022MinAmount: ParameterDefinition<string> = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.ngo-fund-2022.min-amount',
  package: PACKAGE,
  unit: 'EUR',
  title: { lt: 'NVO fondas 2022: mažiausia suma projektui', en: 'NGO Fund 2022: minimum per project' },
  values: [{ from: '2022-06-16', to: '2022-12-31', value: '3000.00', ref: NGO_2022_AMOUNTS }],
})

/** NGO Fund 2022: largest amount per project. */
export const ngoFund2022MaxAmount: ParameterDefinition<string> = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.ngo-fund-2022.max-amount',
  package: PACKAGE,
  unit: 'EUR',
  title: { lt: 'NVO fondas 2022: didžiausia suma projektui', en: 'NGO Fund 2022: maximum per project' },
  values: [{ from: '2022-06-16', to: '2022-12-31', value: '25000.00', ref: NGO_2022_AMOUNTS }],
})

/** NGO Fund 2023: smallest income in year N−2 (or N−1) per the annual financial statements. */
export const ngoFund2023MinIncome: ParameterDefinition<string> = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.ngo-fund-2023.min-income',
  package: PACKAGE,
  unit: 'EUR',
  title: {
    lt: 'NVO fondas 2023: mažiausios pareiškėjo metinės pajamos',
    en: 'NGO Fund 2023: minimum yearly income of the applicant',
  },
  values: [{ from: '2023-03-10', to: '2023-12-31', value: '1000.00', ref: NGO_2023 }],
})

/**
 * The dated parameters of `@talka/eligibility`, each value with its legal reference: the NGO Fund
 * 2022 amounts per project (EUR 3,000–25,000) and the NGO Fund 2023 minimum income (EUR 1,000). The
 * rule sets read their values from here. Municipal call parameters are not here: each call brings its
 * own (a call.v1 document of `@talka/calls`).
 *
 * @example
 * ```ts
 * import { eligibilityParameters } from '@talka/eligibility'
 * import { ParameterStore } from '@talka/core'
 * new ParameterStore(eligibilityParameters).at('eligibility.ngo-fund-2023.min-income', '2023-04-06').value // '1000.00'
 * ```
 */
export const eligibilityParameters: readonly ParameterDefinition[] = [
  ngoFund2022MinAmount,
  ngoFund2022MaxAmount,
  ngoFund2023MinIncome,
]
