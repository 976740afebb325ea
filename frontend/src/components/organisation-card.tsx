import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '@/lib/api/types';

export function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card organisation-card">
      <h3 className="organisation-card__name">
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      </h3>
      <p className="organisation-card__meta">
        {t(`legalForm.${organisation.legalForm}`)} · {organisation.commune.name}
      </p>
      {organisation.summary && <p className="organisation-card__summary">{organisation.summary}</p>}
      {organisation.sectors.length > 0 && (
        <ul className="tags" aria-label={t('organisation.sectors')}>
          {organisation.sectors.map((sector) => (
            <li key={sector.code} className="tag">
              {sector.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
