import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { gazetteerEn, type GazetteerMessages } from './gazetteer-en';
import { gazetteerKm } from './gazetteer-km';

/** The i18next namespace of the gazetteer screen: its strings live with the feature, as the graph's do. */
export const GAZETTEER_NAMESPACE = 'gazetteer';

export const GAZETTEER_RESOURCES: Record<'en' | 'km', GazetteerMessages> = {
  en: gazetteerEn,
  km: gazetteerKm,
};

/** Adds the namespace to an i18next instance once; safe to call on every render. */
export function registerGazetteerTranslations(i18n: I18n): void {
  for (const [language, messages] of Object.entries(GAZETTEER_RESOURCES)) {
    if (!i18n.hasResourceBundle(language, GAZETTEER_NAMESPACE))
      i18n.addResourceBundle(language, GAZETTEER_NAMESPACE, messages, true, true);
  }
}

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type GazetteerKey = Leaves<GazetteerMessages>;
export type GazetteerT = (key: GazetteerKey, options?: Record<string, unknown>) => string;

type LooseFixedT = (key: string, options?: Record<string, unknown>) => string;

/** `t` for the gazetteer namespace, typed by its English keys; re-renders when the language changes. */
export function useGazetteerTranslation(): { t: GazetteerT; language: string } {
  const { i18n } = useTranslation();
  registerGazetteerTranslations(i18n);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const t = useMemo<GazetteerT>(() => {
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (
      lng: string,
      ns: string,
    ) => LooseFixedT;
    const fixed = getFixedT(language, GAZETTEER_NAMESPACE);
    return (key, options) => fixed(key, options);
  }, [i18n, language]);
  return { t, language };
}
