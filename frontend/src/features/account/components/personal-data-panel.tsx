import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { downloadMyData } from '../api/personal-data';

/** What the file holds. */
const CONTENTS = [
  'profile',
  'sessions',
  'items',
  'exchanges',
  'events',
  'hotline',
  'savedSearches',
  'newsletter',
  'emails',
  'auditLog',
] as const;

/** The right of access: everything the platform holds about the person, as one JSON file. */
export function PersonalDataPanel() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('account.data.intro')}</p>
      <ul>
        {CONTENTS.map((part) => (
          <li key={part}>{t(`account.data.contents.${part}`)}</li>
        ))}
      </ul>
      <p className="hint">{t('account.data.format')}</p>
      <DownloadButton label={t('account.data.download')} download={downloadMyData} />
    </>
  );
}
