import type { PlaceSummary } from './api-types';
import type { Language } from './i18n';

/** The place with its parents in the UI language: Khmer script when the UI is Khmer and the gazetteer has it. */
export function placePath(place: PlaceSummary, language: Language): string {
  return language === 'km' && place.pathKm ? place.pathKm : place.pathLatin;
}

/** The place's own name in the UI language. */
export function placeName(place: PlaceSummary, language: Language): string {
  return language === 'km' && place.nameKm ? place.nameKm : place.nameLatin;
}
