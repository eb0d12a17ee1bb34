import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { graphEn, type GraphMessages } from './graph-en';
import { graphKm } from './graph-km';

/** The i18next namespace of the workbench: its strings live with the feature, not in locales/. */
export const GRAPH_NAMESPACE = 'graph';

export const GRAPH_RESOURCES: Record<'en' | 'km', GraphMessages> = { en: graphEn, km: graphKm };

/** Adds the namespace to an i18next instance once; safe to call on every render. */
export function registerGraphTranslations(i18n: I18n): void {
  for (const [language, messages] of Object.entries(GRAPH_RESOURCES)) {
    if (!i18n.hasResourceBundle(language, GRAPH_NAMESPACE)) {
      i18n.addResourceBundle(language, GRAPH_NAMESPACE, messages, true, true);
    }
  }
}

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type PluralBase<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : never;

/** Every key of the namespace, plus plural bases (`path.found` with a count). */
export type GraphKey = Leaves<GraphMessages> | PluralBase<Leaves<GraphMessages>>;
export type GraphT = (key: GraphKey, options?: Record<string, unknown>) => string;

type LooseFixedT = (key: string, options?: Record<string, unknown>) => string;

/** `t` for the graph namespace, typed by its English keys; re-renders when the language changes. */
export function useGraphTranslation(): { t: GraphT; language: string; i18n: I18n } {
  const { i18n } = useTranslation();
  registerGraphTranslations(i18n);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const t = useMemo<GraphT>(() => {
    // The app's typed resources know only the default namespace; this one is typed by GraphKey.
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (
      lng: string,
      ns: string,
    ) => LooseFixedT;
    const fixed = getFixedT(language, GRAPH_NAMESPACE);
    return (key, options) => fixed(key, options);
  }, [i18n, language]);
  return { t, language, i18n };
}
