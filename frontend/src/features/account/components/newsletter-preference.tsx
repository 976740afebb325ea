import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Checkbox } from '@/components/checkbox';
import { FormAlert } from '@/components/form-alert';
import { LoadError, Loading } from '@/components/query-state';
import { useMyNewsletter, useSetMyNewsletter } from '../api/newsletter-subscription';

/** Whether the person gets the monthly newsletter: saved as soon as it is ticked or unticked. */
export function NewsletterPreference() {
  const { t } = useTranslation();
  const subscription = useMyNewsletter();
  const change = useSetMyNewsletter();

  if (subscription.isPending) return <Loading />;
  if (subscription.isError) return <LoadError error={subscription.error} onRetry={() => void subscription.refetch()} />;
  const { subscribed, email } = subscription.data;

  return (
    <div className="form">
      <Checkbox
        // What was just asked for shows at once.
        isSelected={change.isPending ? change.variables : subscribed}
        onChange={(value) => change.mutate(value)}
        aria-describedby="newsletter-help"
      >
        {t('account.newsletterSubscribe')}
      </Checkbox>
      <p className="hint" id="newsletter-help">
        {t('account.newsletterHelp', { email })}
      </p>
      <FormAlert error={change.error} />
      <div role="status" className="status-line">
        {change.isSuccess && (
          <p className="alert alert--success">{t(subscribed ? 'account.newsletterOn' : 'account.newsletterOff')}</p>
        )}
      </div>
      <p>
        <Link to="/newsletter">{t('account.newsletterArchive')}</Link>
      </p>
    </div>
  );
}
