import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { isProblemError } from '@/lib/api/problem';
import { itemPath, lastListedDay } from '@/lib/catalogue';
import { formatDay } from '@/lib/format';
import { useExtendByLink } from '../api/items';

/** The link of an expiry reminder: one click keeps the item 90 more days, no sign-in needed. */
export function ExtendRoute() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const { mutate, data, error } = useExtendByLink();
  // The link works once: never send it twice (strict mode mounts pages twice in development).
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    mutate(token);
  }, [mutate, token]);

  if (data) {
    return (
      <Page title={t('extend.doneTitle')} width="narrow">
        <p className="alert alert--success" role="status">
          {t('extend.done', { title: data.title, date: formatDay(lastListedDay(data.expiresAt)) })}
        </p>
        <p>
          <ButtonLink to={itemPath(data)}>{t('extend.seeItem')}</ButtonLink>
        </p>
      </Page>
    );
  }
  if (error) {
    const invalid = isProblemError(error, 404) || isProblemError(error, 400);
    const notPossible = isProblemError(error, 409);
    return (
      <Page title={t('extend.failedTitle')} width="narrow">
        {invalid || notPossible ? (
          <p>{invalid ? t('extend.invalid') : t('extend.notPossible')}</p>
        ) : (
          <LoadError error={error} />
        )}
        <p>
          <Link to="/my-items">{t('extend.myItems')}</Link>
        </p>
      </Page>
    );
  }
  return <Loading label={t('extend.working')} />;
}
