import { currentLanguage } from '@/lib/i18n';

export function formatDate(iso: string) {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long' }).format(new Date(iso));
}
