import { valueLabelProblems } from '@talka/core/testing'
import { expect, it } from 'vitest'
import { allocationParameters } from './index.js'

// Every parameter whose values are code words carries readable labels of them (core's valueLabels),
// so the docs and the API show "gyventojų pajamų mokesčio mokėtojų skaičius", not a code.
it('labels every code word of a coded parameter value in lt and en', () => {
  expect(valueLabelProblems(allocationParameters)).toEqual([])
})
