import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'elbasar.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'fr';
}

// French is in the initial bundle; other languages are fetched when first chosen (make bench
// counts the initial JavaScript: English would add 8 KB gzipped for every visitor).
const LOADERS: Record<Exclude<Language, 'fr'>, () => Promise<{ default: typeof fr }>> = {
  en: () => import('./en.json'),
};

async function ensureLoaded(language: Language) {
  if (language === 'fr' || i18n.hasResourceBundle(language, 'translation')) return;
  const { default: translation } = await LOADERS[language]();
  i18n.addResourceBundle(language, 'translation', translation);
}

/**
 * Texts of whole areas kept out of the initial bundle, French included: their pages load them
 * (loadTexts) with their code, and a change of language loads theirs in the new one.
 */
const NAMESPACES = {
  exchanges: { fr: () => import('./exchanges/fr.json'), en: () => import('./exchanges/en.json') },
  followUp: { fr: () => import('./follow-up/fr.json'), en: () => import('./follow-up/en.json') },
  events: { fr: () => import('./events/fr.json'), en: () => import('./events/en.json') },
  newsletter: { fr: () => import('./newsletter/fr.json'), en: () => import('./newsletter/en.json') },
  partners: { fr: () => import('./partners/fr.json'), en: () => import('./partners/en.json') },
  audit: { fr: () => import('./audit/fr.json'), en: () => import('./audit/en.json') },
  jobs: { fr: () => import('./jobs/fr.json'), en: () => import('./jobs/en.json') },
};
export type TextsNamespace = keyof typeof NAMESPACES;
const loadedNamespaces = new Set<TextsNamespace>();

async function ensureTexts(language: Language, namespace: TextsNamespace) {
  if (i18n.hasResourceBundle(language, namespace)) return;
  i18n.addResourceBundle(language, namespace, (await NAMESPACES[namespace][language]()).default);
}

/** Loads an area's texts in the current language (a page's `lazy` waits for it). */
export function loadTexts(namespace: TextsNamespace) {
  loadedNamespaces.add(namespace);
  return ensureTexts(currentLanguage(), namespace);
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr } },
  lng: 'fr',
  fallbackLng: 'fr',
  initAsync: false,
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fr';
}

export async function setLanguage(language: Language) {
  await Promise.all([ensureLoaded(language), ...[...loadedNamespaces].map((namespace) => ensureTexts(language, namespace))]);
  return i18n.changeLanguage(language);
}

/** Resolves once the language the visitor chose last time is ready, before the first render. */
export const languageReady: Promise<unknown> = setLanguage(storedLanguage());

export { i18n };
