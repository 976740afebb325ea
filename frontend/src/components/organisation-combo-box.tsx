import { useTranslation } from 'react-i18next';
import { ORGANISATION_MIN_QUERY, useOrganisationSearch } from '@/lib/api/organisation-search';
import { SearchComboBox, useSearchInput, type SearchComboBoxProps } from './search-combo-box';

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
      typeMore={t('organisationPicker.typeMore', { count: ORGANISATION_MIN_QUERY })}
      noMatch={t('organisationPicker.noMatch')}
      showOptions={t('organisationPicker.showOptions')}
    />
  );
}
