import type { MessageCatalog } from '@talka/core'

/**
 * The lt/en messages `@talka/allocation` explains its results with (trace.v1 reasons, warnings and
 * findings). Placeholders are language-neutral values (amounts, counts, ids, dates), so a stored
 * decision can be re-rendered in the other language with `renderDecision`; amounts are written
 * `{x, amount}`, counts agree through `{n, plural, …}`, so the Lithuanian texts read like a letter
 * ("2 000 000,00 Eur", "4 likę vienetai").
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { allocationMessages } from '@talka/allocation'
 * renderMessage(allocationMessages, 'allocation.sum.ok', { total: '25957' }, 'lt')
 * // 'Paskirstytų sumų suma lygi visai sumai 25 957,00 Eur.'
 * ```
 */
export const allocationMessages: MessageCatalog = {
  'allocation.lr.applied': {
    lt: '{total, amount} padalyta {count, plural, one {# gavėjui} few {# gavėjams} other {# gavėjų}} proporcingai jų svoriams didžiausių liekanų metodu: kiekvienas gavo savo kvotos sveikąją dalį vienetais po {unit, amount}, o {leftover, plural, one {# likęs vienetas atiteko} few {# likę vienetai atiteko} other {# likusių vienetų atiteko}} didžiausias liekanas turintiems gavėjams.',
    en: '{total, amount} was split among {count, plural, one {# recipient} other {# recipients}} in proportion to their weights by the largest remainder method: each received the whole units (of {unit, amount}) of its quota, and {leftover, plural, one {# leftover unit} other {# leftover units}} went to the largest remainders.',
  },
  'allocation.lr.capped': {
    lt: 'Didžiausios sumos: gavėjams {ids} skirta jų didžiausia leistina suma, nes jų dalis būtų didesnė, o likusi suma iš naujo padalyta kitiems tuo pačiu metodu.',
    en: 'Caps: {ids} received their cap because their share would have been larger, and the rest was split again among the others by the same method.',
  },
  'allocation.sum.ok': {
    lt: 'Paskirstytų sumų suma lygi visai sumai {total, amount}.',
    en: 'The amounts add up exactly to the total {total, amount}.',
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
    lt: 'Kiekvienam iš {count, number} gavėjų pirmiausia skirta po {fixed, amount}, o likusi suma {rest, amount} padalyta proporcingai svoriams.',
    en: 'Each of the {count, number} recipients first received {fixed, amount}; the remaining {rest, amount} was split in proportion to the weights.',
  },
  'allocation.minimum.applied': {
    lt: 'Minimali suma {minimum, amount}: gavėjams {ids} skirta minimali suma, nes jų dalis būtų mažesnė, o likusi suma iš naujo padalyta kitiems.',
    en: 'Minimum {minimum, amount}: {ids} received the minimum because their share would have been smaller, and the rest was split again among the others.',
  },
  'allocation.minimum.not-needed': {
    lt: 'Nė vieno gavėjo dalis nebuvo mažesnė už minimalią sumą {minimum, amount}.',
    en: 'No recipient’s share fell below the minimum {minimum, amount}.',
  },
  'allocation.ministry.applied': {
    lt: '{year} m. priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ lėšos ({total, amount}) paskirstytos {count, plural, one {# savivaldybės administracijai} few {# savivaldybių administracijoms} other {# savivaldybių administracijų}} pagal gyventojų skaičių (duomenys {asOf}).',
    en: 'The {year} funds of the measure “Strengthen community activity in municipalities” ({total, amount}) were allocated to {count, plural, one {# municipal administration} other {# municipal administrations}} by number of residents (figures as of {asOf}).',
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
    lt: 'Paskelbtos sumos sudaro visą sumą {total, amount}.',
    en: 'The published amounts add up to the total {total, amount}.',
  },
  'allocation.check.sum-mismatch': {
    lt: 'Paskelbtos sumos sudaro {published, amount}, o ne {total, amount} (skirtumas {difference, amount}).',
    en: 'The published amounts add up to {published, amount}, not {total, amount} (difference {difference, amount}).',
  },
  'allocation.check.rows-differ': {
    lt: 'Nuo didžiausių liekanų metodo rezultato skiriasi {count, plural, one {# eilutė} few {# eilutės} other {# eilučių}}: {rows}.',
    en: '{count, plural, one {# row differs} other {# rows differ}} from the largest remainder result: {rows}.',
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
    lt: 'Nė vienas iš metodų (didžiausių liekanų, apvalinimo pusės aukštyn, apvalinimo žemyn) lentelės tiksliai neatkuria. Artimiausias – {methods}: sutampa {matching, number} iš {count, number} eilučių, skirtumų modulių suma {difference, amount}, didžiausias skirtumas {maxDifference, amount}.',
    en: 'None of the methods (largest remainder, round half up, floor) reproduces the table. The closest is {methods}: {matching, number} of {count, number} rows match, total absolute difference {difference, amount}, largest difference {maxDifference, amount}.',
  },
  'allocation.taxpayers.applied': {
    lt: '{year} m. lėšos ({total, amount}) paskirstytos {count, plural, one {# savivaldybės administracijai} few {# savivaldybių administracijoms} other {# savivaldybių administracijų}} pagal gyventojų pajamų mokesčio mokėtojų skaičių (duomenų šaltinis: {source}).',
    en: 'The {year} funds ({total, amount}) were allocated to {count, plural, one {# municipal administration} other {# municipal administrations}} by the number of personal income tax payers (figures from: {source}).',
  },
  'allocation.taxpayers.missing': {
    lt: '{year} m. lėšos skirstomos pagal gyventojų pajamų mokesčio mokėtojų skaičių (trejų mokestinių metų Valstybinės mokesčių inspekcijos duomenys). Šių duomenų paketas neturi: pateikite juos.',
    en: 'The {year} funds are allocated by the number of personal income tax payers (VMI data for three tax years). The package has no such figures: supply them.',
  },
  'allocation.basis.taxpayers-year': {
    lt: '{year} m. lėšos skirstomos ne pagal gyventojų skaičių, o pagal gyventojų pajamų mokesčio mokėtojų skaičių: naudokite skirstymą pagal mokesčių mokėtojus.',
    en: 'The {year} funds are not allocated by residents but by the number of personal income tax payers: use the allocation by taxpayers.',
  },
  'allocation.basis.residents-year': {
    lt: '{year} m. lėšos skirstomos ne pagal gyventojų pajamų mokesčio mokėtojų skaičių, o pagal gyvenamąją vietą deklaravusių gyventojų skaičių: naudokite skirstymą pagal gyventojus.',
    en: 'The {year} funds are not allocated by income tax payers but by declared residents: use the allocation by residents.',
  },
}
