import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { NeedForm } from '../components/need-form';

export function NeedNewRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('hotline.need.title')} width="narrow" intro={<p>{t('hotline.need.intro')}</p>}>
      <NeedForm />
    </Page>
  );
}
