import { useTranslation } from 'react-i18next';
import { CharterText } from '@/components/charter-text';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { useCharter } from '@/lib/api/reference-data';
import { formatDate } from '@/lib/format';
import { useCharterVersions } from '../api/charter-versions';

export function CharterRoute() {
  const { t } = useTranslation();
  const charter = useCharter();
  const versions = useCharterVersions();
  const previous = (versions.data ?? []).filter((version) => version.version !== charter.data?.version);

  return (
    <Page title={t('charter.title')} width="narrow" intro={<p>{t('charter.intro')}</p>}>
      {charter.isPending ? (
        <Loading />
      ) : charter.isError ? (
        <LoadError error={charter.error} onRetry={() => void charter.refetch()} />
      ) : (
        <>
          <p className="hint">
            {t('charter.versionInForce', { version: charter.data.version, date: formatDate(charter.data.publishedAt) })}
          </p>
          <CharterText charter={charter.data} />
        </>
      )}
      {previous.length > 0 && (
        <section aria-labelledby="charter-history">
          <h2 id="charter-history">{t('charter.history')}</h2>
          {previous.map((version) => (
            <details key={version.version} className="charter-version">
              <summary>
                {t('charter.versionLabel', { version: version.version, date: formatDate(version.publishedAt) })}
              </summary>
              <CharterText charter={version} headingLevel={3} />
            </details>
          ))}
        </section>
      )}
    </Page>
  );
}
