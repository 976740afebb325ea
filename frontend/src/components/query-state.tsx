import { useTranslation } from 'react-i18next';
import { isProblemError } from '@/lib/api/problem';
import { Button } from './button';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** A failed load: the server's words when it gave some, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isProblemError(error) ? (error.problem.title ?? t('errors.generic')) : t('errors.network');
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
      {isProblemError(error) && error.problem.detail && <p>{error.problem.detail}</p>}
      {onRetry && (
        <Button variant="secondary" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
