import { CoreError, checkMessageCatalog, renderMessage } from '@talka/core'
import { describe, expect, it } from 'vitest'
import { safeAllocate } from './allocate.js'
import { safeAllocateByTaxpayers } from './allocate-by-taxpayers.js'
import { allocationErrorMessages, explainAllocationError, presentAllocationError } from './error-messages.js'
import { ALLOCATION_ERROR_CODES } from './errors.js'

describe('allocation error texts', () => {
  it('cover every AllocationErrorCode, in both languages, and the catalog is well formed', () => {
    for (const code of ALLOCATION_ERROR_CODES) {
      expect(Object.hasOwn(allocationErrorMessages, `allocation.error.${code}`), code).toBe(true)
    }
    expect(() => checkMessageCatalog(allocationErrorMessages)).not.toThrow()
  })

  it('read like a letter in Lithuanian: no English codes, no dotted decimals, no field names', () => {
    for (const key of Object.keys(allocationErrorMessages)) {
      const lt = renderMessage(allocationErrorMessages, key, {}, 'lt')
      expect(lt, key).not.toMatch(/\d\.\d/)
      // Lithuanian letters are not word characters for `\b`, so the English words are bounded by `\p{L}`.
      expect(lt, key).not.toMatch(
        /[A-Z]{2,}_|(?<!\p{L})(total|unit|fixed|minimum|weight|recipients?)(?!\p{L})/u,
      )
      expect(lt, key).not.toBe(renderMessage(allocationErrorMessages, key, {}, 'en'))
    }
  })

  it('present a real validation error by the allocation code of its first issue', () => {
    const duplicate = safeAllocate({
      total: '10',
      unit: '1',
      recipients: [
        { id: 'a', weight: 1 },
        { id: 'a', weight: 2 },
      ],
    })
    expect(duplicate.success).toBe(false)
    if (!duplicate.success) {
      expect(presentAllocationError(duplicate.error)).toEqual({
        lt: 'Du gavėjai turi tą patį pavadinimą.',
        en: 'Two recipients have the same name.',
      })
    }
    const badUnit = safeAllocate({ total: '10', unit: '0', recipients: [{ id: 'a', weight: 1 }] })
    if (badUnit.success) throw new Error('expected an error')
    expect(explainAllocationError(badUnit.error, 'lt')).toBe(
      renderMessage(allocationErrorMessages, 'allocation.error.INVALID_UNIT', {}, 'lt'),
    )
  })

  it('keep an error’s own lt/en text (it names the year) and fall back for errors of others', () => {
    const missing = safeAllocateByTaxpayers({ year: 2018, total: '100.00' })
    if (missing.success) throw new Error('expected TAXPAYERS_MISSING')
    expect(missing.error.code).toBe('TAXPAYERS_MISSING')
    const text = presentAllocationError(missing.error)
    expect(text.lt).toContain('2018')
    expect(text).toEqual((missing.error.details as { message: unknown }).message)
    expect(explainAllocationError(new CoreError('INVALID_DATE', 'x'), 'en')).toBe(
      'The allocation failed with an unexpected error.',
    )
    expect(explainAllocationError({ code: '__proto__' }, 'lt')).toBe(
      'Paskirstyti nepavyko dėl netikėtos klaidos.',
    )
  })
})
