import { useTranslation } from 'react-i18next';
import { FormCheckboxGroup } from '@/components/checkbox';
import { PARTNER_SCOPES, type PartnerScope } from '@/lib/api/types';
import type { FormControl } from '@/lib/forms';
import type { PartnerFormInput } from './partner-form-schema';

/** Text keys of the scopes (a colon would name a text namespace). */
const SCOPE_KEYS = {
  'catalog:read': 'catalogRead',
  'organisations:read': 'organisationsRead',
  'opportunities:write': 'opportunitiesWrite',
  'webhooks:manage': 'webhooksManage',
} as const satisfies Record<PartnerScope, string>;

/** What the partner may do, each right with one line saying what it opens. */
export function ScopeFields({ control }: { control: FormControl<PartnerFormInput> }) {
  const { t: tx } = useTranslation('partners');
  const options = PARTNER_SCOPES.map((scope) => ({
    id: scope,
    name: tx(`scope.${SCOPE_KEYS[scope]}`),
    label: (
      <>
        {tx(`scope.${SCOPE_KEYS[scope]}`)} <code>{scope}</code>
      </>
    ),
    description: tx(`scopeHelp.${SCOPE_KEYS[scope]}`),
  }));
  return (
    <FormCheckboxGroup
      control={control}
      name="scopes"
      label={tx('form.scopes')}
      description={tx('form.scopesHelp')}
      options={options}
    />
  );
}
