import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { downloadOrganisationData } from '../api/organisation-data';

/** The organisation's right of access, for its admins and the platform's: everything held about it, as JSON. */
export function OrganisationDataPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="organisation-data-title">
      <h2 id="organisation-data-title">{t('myOrganisation.data.title')}</h2>
      <p>{t('myOrganisation.data.intro')}</p>
      <DownloadButton
        label={t('myOrganisation.data.download')}
        download={() => downloadOrganisationData(organisationId)}
      />
    </section>
  );
}
