import type { MessageCatalog } from '@talka/core'

/**
 * The API's own messages (problem titles and details, the home page), in Lithuanian and English.
 * Domain messages come from the packages; these only describe HTTP-level problems.
 *
 * @example
 * ```ts
 * import { renderMessage } from '@talka/core'
 * import { apiMessages } from './messages.js'
 * renderMessage(apiMessages, 'problem.NOT_FOUND.title', {}, 'en') // 'Not found'
 * ```
 */
export const apiMessages: MessageCatalog = {
  'problem.NOT_FOUND.title': { lt: 'Nerasta', en: 'Not found' },
  'problem.NOT_FOUND.detail': {
    lt: 'Nėra maršruto {method} {path}. Galimi maršrutai aprašyti /openapi.json.',
    en: 'There is no route {method} {path}. The available routes are described at /openapi.json.',
  },
  'problem.UNKNOWN_RESOURCE.title': { lt: 'Išteklius nerastas', en: 'Resource not found' },
  'problem.UNKNOWN_RESOURCE.detail': {
    lt: 'Nerasta: {kind} „{id}“. Galimos reikšmės: {available}.',
    en: 'Not found: {kind} "{id}". Available values: {available}.',
  },
  'problem.PAYLOAD_TOO_LARGE.title': { lt: 'Užklausos turinys per didelis', en: 'Payload too large' },
  'problem.PAYLOAD_TOO_LARGE.detail': {
    lt: 'Užklausos turinys viršija {limit} baitų ribą.',
    en: 'The request body exceeds the limit of {limit} bytes.',
  },
  'problem.UNSUPPORTED_MEDIA_TYPE.title': { lt: 'Nepalaikomas turinio tipas', en: 'Unsupported media type' },
  'problem.UNSUPPORTED_MEDIA_TYPE.detail': {
    lt: 'Turinio tipas „{contentType}“ čia nepalaikomas; tinka: {accepted}.',
    en: 'Content type "{contentType}" is not supported here; use one of: {accepted}.',
  },
  'problem.MALFORMED_JSON.title': { lt: 'Netaisyklingas JSON', en: 'Malformed JSON' },
  'problem.MALFORMED_JSON.detail': {
    lt: 'Užklausos turinys nėra taisyklingas JSON: {reason}',
    en: 'The request body is not valid JSON: {reason}',
  },
  'problem.MALFORMED_CSV.title': { lt: 'Netaisyklingas CSV', en: 'Malformed CSV' },
  'problem.MALFORMED_CSV.detail': {
    lt: 'Užklausos turinio nepavyko perskaityti kaip CSV lentelės.',
    en: 'The request body could not be read as a CSV table.',
  },
  'problem.BODY_REQUIRED.title': { lt: 'Trūksta užklausos turinio', en: 'Request body required' },
  'problem.BODY_REQUIRED.detail': {
    lt: 'Šiam maršrutui reikia užklausos turinio ({accepted}).',
    en: 'This route needs a request body ({accepted}).',
  },
  'problem.VALIDATION_FAILED.title': { lt: 'Netinkami duomenys', en: 'Invalid input' },
  'problem.VALIDATION_FAILED.detail': {
    lt: 'Duomenys neatitinka schemos; rasta klaidų: {count}. Kiekviena nurodyta su vieta: JSON keliu („issues“) arba CSV eilute ir stulpeliu („errors“).',
    en: 'The input does not match the schema; problems found: {count}. Each is listed with where it is: a JSON path ("issues") or a CSV row and column ("errors").',
  },
  'problem.NOT_ACCEPTABLE.title': { lt: 'Nepriimtinas atsakymo formatas', en: 'Not acceptable' },
  'problem.NOT_ACCEPTABLE.detail': {
    lt: 'Atsakymo negalima pateikti formatu „{accept}“; galimi formatai: {available}.',
    en: 'The response cannot be given as "{accept}"; available formats: {available}.',
  },
  'problem.METHOD_NOT_ALLOWED.title': { lt: 'Metodas neleidžiamas', en: 'Method not allowed' },
  'problem.METHOD_NOT_ALLOWED.detail': {
    lt: 'Maršrutas {path} nepriima metodo {method}; leidžiami: {allowed}.',
    en: 'The route {path} does not accept {method}; allowed: {allowed}.',
  },
  'problem.DOMAIN.title': { lt: 'Užklausos negalima įvykdyti', en: 'The request cannot be processed' },
  'problem.INTERNAL_ERROR.title': { lt: 'Vidinė serverio klaida', en: 'Internal server error' },
  'problem.INTERNAL_ERROR.detail': {
    lt: 'Įvyko netikėta klaida; ji užregistruota serverio žurnale.',
    en: 'An unexpected error occurred; it has been logged on the server.',
  },
}
