import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useSession } from '@/lib/auth/auth-provider';
import { EventForm } from '../components/event-form';

/** Animators publish an event at once; members propose one, which an animator reviews. */
export function EventNewRoute() {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  return (
    <Page
      title={isStaff ? tx('new.titleStaff') : tx('new.title')}
      intro={<p>{isStaff ? tx('new.introStaff') : tx('new.intro')}</p>}
      width="narrow"
    >
      <EventForm isStaff={isStaff} />
    </Page>
  );
}
