import { useTranslation } from 'react-i18next';
import { SearchComboBox, useSearchInput, type SearchComboBoxProps } from '@/components/search-combo-box';
import { ORGANISATION_MIN_QUERY, useOrganisationSearch } from '../api/hotline';

/** Picks a member organisation: type a few letters of its name, choose among the matches. */
export function OrganisationComboBox(props: SearchComboBoxProps) {
  const { t } = useTranslation();
  const search = useSearchInput(props.value);
  const organisations = useOrganisationSearch(search.query);

  return (
    <SearchComboBox
      isRequired
      {...props}
      search={search}
      options={(organisations.data ?? []).map((organisation) => ({
        id: organisation.id,
        name: organisation.name,
        detail: organisation.commune.name,
      }))}
      isFetching={organisations.isFetching}
      minQuery={ORGANISATION_MIN_QUERY}
      typeMore={t('hotline.need.organisationTypeMore', { count: ORGANISATION_MIN_QUERY })}
      noMatch={t('hotline.need.organisationNoMatch')}
      showOptions={t('hotline.need.showOrganisations')}
    />
  );
}
