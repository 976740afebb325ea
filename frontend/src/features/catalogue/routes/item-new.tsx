import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useSession } from '@/lib/auth/auth-provider';
import { ItemForm } from '../components/item-form';
import { useKindPath } from '../hooks/use-kind-path';

export function ItemNewRoute() {
  const { t } = useTranslation();
  const kind = useKindPath();
  const { me, hasRole } = useSession();
  // Only people of an active member organisation publish (the API answers 403 otherwise).
  const canWrite = hasRole('MEMBER') && me?.organisation?.status === 'ACTIVE';

  return (
    <Page
      title={t(`itemForm.newTitle.${kind}`)}
      width="narrow"
      intro={canWrite ? <p>{t(`itemForm.newIntro.${kind}`, { organisation: me?.organisation?.name })}</p> : undefined}
    >
      {canWrite ? (
        <ItemForm kind={kind} />
      ) : (
        <>
          <p>{t('itemForm.membersOnly')}</p>
          <p>
            <Link to={`/${kind}`}>{t(`item.backTo.${kind}`)}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
