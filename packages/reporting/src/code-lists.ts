import type { Localized } from '@talka/core'

/**
 * A closed list of codes, each with a Lithuanian and an English label. Documents store the code;
 * CSV files show the label of the header language and accept the code or either label.
 *
 * @example
 * ```ts
 * import { codeLists } from '@talka/reporting'
 * codeLists.expenseCategory.find((c) => c.code === 'administration')?.lt // 'Administravimo išlaidos'
 * ```
 */
export type CodeList<C extends string = string> = readonly (Localized & { readonly code: C })[]

const expenseCategory = [
  { code: 'administration', lt: 'Administravimo išlaidos', en: 'Administration' },
  { code: 'remuneration', lt: 'Darbo užmokestis ir atlygis', en: 'Pay and fees' },
  { code: 'services', lt: 'Paslaugos', en: 'Services' },
  { code: 'goods', lt: 'Prekės ir medžiagos', en: 'Goods and materials' },
  { code: 'premises', lt: 'Patalpų nuoma ir išlaikymas', en: 'Premises' },
  { code: 'travel', lt: 'Transportas ir kelionės', en: 'Transport and travel' },
  { code: 'publicity', lt: 'Viešinimas', en: 'Publicity' },
  { code: 'volunteers', lt: 'Savanorių išlaidos', en: 'Volunteer expenses' },
  { code: 'other', lt: 'Kitos išlaidos', en: 'Other' },
] as const satisfies CodeList

const actType = [
  { code: 'order', lt: 'įsakymas', en: 'order' },
  { code: 'decree', lt: 'potvarkis', en: 'decree' },
  { code: 'decision', lt: 'sprendimas', en: 'decision' },
  { code: 'resolution', lt: 'nutarimas', en: 'resolution' },
  { code: 'contract', lt: 'sutartis', en: 'contract' },
] as const satisfies CodeList

const activityStatus = [
  { code: 'planned', lt: 'planuojama', en: 'planned' },
  { code: 'done', lt: 'įvykdyta', en: 'done' },
] as const satisfies CodeList

const periodKind = [
  { code: 'original', lt: 'pradinis', en: 'original' },
  { code: 'extension', lt: 'pratęsimas', en: 'extension' },
] as const satisfies CodeList

const qualifier = [{ code: 'more-than', lt: 'daugiau nei', en: 'more than' }] as const satisfies CodeList

/**
 * The code lists the report schemas use: expense categories of a project report, types of funding
 * acts, activity statuses, kinds of project period and number qualifiers. The expense categories are
 * Talka's own grouping (the forms list lines freely); `administration` is the one a rule reads.
 *
 * @example
 * ```ts
 * import { codeLists } from '@talka/reporting'
 * codeLists.actType.map((c) => c.lt) // ['įsakymas', 'potvarkis', 'sprendimas', 'nutarimas', 'sutartis']
 * ```
 */
export const codeLists = { expenseCategory, actType, activityStatus, periodKind, qualifier } as const

/** Codes of a code list, as a tuple for `z.enum`. */
export function codesOf<const L extends CodeList>(list: L): [L[number]['code'], ...L[number]['code'][]] {
  return list.map((entry) => entry.code) as [L[number]['code'], ...L[number]['code'][]]
}
