import { useTranslation } from 'react-i18next';
import { findCategory, useCategories, useSectors, useTerritory } from '@/lib/api/reference-data';
import type { SearchCriteria } from '@/lib/api/types';

/** A saved search's criteria in words: « remorque » · non-market · equipment loan · Lille. */
export function CriteriaSummary({ criteria }: { criteria: SearchCriteria }) {
  const { t } = useTranslation();
  const categories = useCategories();
  const sectors = useSectors();
  const territory = useTerritory(criteria.territory ?? null);
  const category = findCategory(categories.data ?? [], criteria.category ?? null);

  const parts = [
    criteria.q && t('savedSearches.words', { q: criteria.q }),
    criteria.market === true && t('catalogue.marketOnly'),
    criteria.market === false && t('catalogue.nonMarketOnly'),
    criteria.mode && t(`itemMode.${criteria.mode}`),
    criteria.category && (category ? (category.sub ?? category.top).name : criteria.category),
    criteria.territory && (territory.data?.name ?? criteria.territory),
    criteria.sector && (sectors.data?.find((sector) => sector.code === criteria.sector)?.name ?? criteria.sector),
  ].filter((part): part is string => Boolean(part));

  return <p className="saved-search__criteria">{parts.length ? parts.join(' · ') : t('savedSearches.everything')}</p>;
}
