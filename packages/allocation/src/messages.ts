import type { MessageCatalog } from '@talka/core'

/**
 * The lt/en messages `@talka/allocation` explains its results with (trace.v1 reasons, warnings and
 * findings). Placeholders are language-neutral values (amounts, counts, ids, dates), so a stored
 * decision can be re-rendered in the other language with `renderDecision`.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { allocationMessages } from '@talka/allocation'
 * renderMessage(allocationMessages, 'allocation.sum.ok', { total: '25957' }, 'lt')
 * // 'Paskirstytų sumų suma lygi visai sumai 25957.'
 * ```
 */
export const allocationMessages: MessageCatalog = {
  'allocation.lr.applied': {
    lt: '{total} padalyta {count} gavėjams proporcingai jų svoriams didžiausių liekanų metodu: kiekvienas gavo savo kvotos sveikąją dalį vienetais po {unit}, o {leftover} likę vienetai atiteko didžiausias liekanas turintiems gavėjams.',
    en: '{total} was split among {count} recipients in proportion to their weights by the largest remainder method: each received the whole units (of {unit}) of its quota, and the {leftover} leftover units went to the largest remainders.',
  },
  'allocation.sum.ok': {
    lt: 'Paskirstytų sumų suma lygi visai sumai {total}.',
    en: 'The amounts add up exactly to the total {total}.',
  },
  'allocation.tie.by-weight': {
    lt: 'Vienodas liekanas turėjo {members}; likusius vienetus gavo {awarded}, nes jų svoris didesnis.',
    en: 'Equal remainders: {members}; the leftover units went to {awarded}, which have the larger weight.',
  },
  'allocation.tie.by-id': {
    lt: 'Vienodas liekanas ir svorius turėjo {members}; likusius vienetus gavo {awarded} pagal identifikatorių abėcėlę (Unicode kodų tvarka).',
    en: 'Equal remainders and weights: {members}; the leftover units went to {awarded} by id order (Unicode code points).',
  },
  'allocation.tie.unresolved': {
    lt: 'Vienodas liekanas turi {members}, o likusių vienetų užtenka ne visiems: pagal pasirinktą taisyklę reikia traukti burtus.',
    en: 'Equal remainders of {members} compete for too few leftover units: under the chosen rule, lots must be drawn.',
  },
  'allocation.fixed.applied': {
    lt: 'Kiekvienam iš {count} gavėjų pirmiausia skirta po {fixed}, o likusi suma {rest} padalyta proporcingai svoriams.',
    en: 'Each of the {count} recipients first received {fixed}; the remaining {rest} was split in proportion to the weights.',
  },
  'allocation.minimum.applied': {
    lt: 'Minimali suma {minimum}: gavėjams {ids} skirta minimali suma, nes jų dalis būtų mažesnė, o likusi suma iš naujo padalyta kitiems.',
    en: 'Minimum {minimum}: {ids} received the minimum because their share would have been smaller, and the rest was split again among the others.',
  },
  'allocation.minimum.not-needed': {
    lt: 'Nė vieno gavėjo dalis nebuvo mažesnė už minimalią sumą {minimum}.',
    en: 'No recipient’s share fell below the minimum {minimum}.',
  },
  'allocation.ministry.applied': {
    lt: '{year} m. priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ lėšos ({total}) paskirstytos {count} savivaldybių administracijoms pagal gyventojų skaičių (duomenys {asOf}).',
    en: 'The {year} funds of the measure “Strengthen community activity in municipalities” ({total}) were allocated to {count} municipal administrations by number of residents (figures as of {asOf}).',
  },
  'allocation.warning.statistical-residents': {
    lt: 'Taisyklė reikalauja gyvenamąją vietą deklaravusių gyventojų skaičiaus (Registrų centras, {referenceDate}), o naudoti statistiniai gyventojų skaičiaus duomenys ({asOf}). Rezultatas apytikslis: pateikite oficialius duomenis.',
    en: 'The rule asks for residents who declared their place of residence (Registrų centras, {referenceDate}), but statistical population figures ({asOf}) were used. The result is an approximation: pass the official figures.',
  },
  'allocation.warning.other-residents': {
    lt: 'Taisyklė reikalauja gyvenamąją vietą deklaravusių gyventojų skaičiaus (Registrų centras, {referenceDate}), o naudoti neoficialaus šaltinio duomenys ({asOf}). Rezultatas apytikslis: pateikite oficialius duomenis.',
    en: 'The rule asks for residents who declared their place of residence (Registrų centras, {referenceDate}), but figures from an unofficial source ({asOf}) were used. The result is an approximation: pass the official figures.',
  },
  'allocation.warning.as-of-mismatch': {
    lt: 'Gyventojų skaičius nurodytas {asOf}, o taisyklė reikalauja {referenceDate} duomenų.',
    en: 'The residents figures refer to {asOf}, but the rule asks for figures as of {referenceDate}.',
  },
  'allocation.check.sum-ok': {
    lt: 'Paskelbtos sumos sudaro visą sumą {total}.',
    en: 'The published amounts add up to the total {total}.',
  },
  'allocation.check.sum-mismatch': {
    lt: 'Paskelbtos sumos sudaro {published}, o ne {total} (skirtumas {difference}).',
    en: 'The published amounts add up to {published}, not {total} (difference {difference}).',
  },
  'allocation.check.rows-differ': {
    lt: 'Nuo didžiausių liekanų metodo rezultato skiriasi {count} eil.: {rows}.',
    en: '{count} rows differ from the largest remainder result: {rows}.',
  },
  'allocation.check.rows-match': {
    lt: 'Visos eilutės sutampa su didžiausių liekanų metodo rezultatu.',
    en: 'Every row matches the largest remainder result.',
  },
  'allocation.check.reproduced': {
    lt: 'Lentelę tiksliai atkuria: {methods}.',
    en: 'The table is reproduced exactly by: {methods}.',
  },
  'allocation.check.not-reproduced': {
    lt: 'Nė vienas iš metodų (didžiausių liekanų, apvalinimo pusės aukštyn, apvalinimo žemyn) lentelės tiksliai neatkuria. Artimiausias – {methods}: sutampa {matching} iš {count} eil., skirtumų modulių suma {difference}, didžiausias skirtumas {maxDifference}.',
    en: 'None of the methods (largest remainder, round half up, floor) reproduces the table. The closest is {methods}: {matching} of {count} rows match, total absolute difference {difference}, largest difference {maxDifference}.',
  },
}
