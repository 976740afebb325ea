import { useTranslation } from 'react-i18next';
import { isProblemError, type Violation } from '@/lib/api/problem';
import { Button } from './button';

type FormAlertProps = {
  error: unknown;
  /** Violations no field of the form could show. */
  violations?: Violation[];
  /** Offered on 412: someone else saved in the meantime. */
  onReload?: () => void;
};

/** Says why a submission failed, in words the server or the app chose for people. */
export function FormAlert({ error, violations = [], onReload }: FormAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;

  let message: string;
  let detail: string | undefined;
  if (isProblemError(error, 429)) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    message = t('errors.tooManyRequests', { count: minutes });
  } else if (isProblemError(error, 412)) {
    message = t('errors.staleVersion');
  } else if (isProblemError(error)) {
    message = error.problem.title ?? t('errors.generic');
    detail = error.problem.detail;
  } else {
    message = t('errors.network');
  }

  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
      {detail && detail !== message && <p>{detail}</p>}
      {violations.length > 0 && (
        <ul>
          {violations.map((violation) => (
            <li key={`${violation.field}:${violation.message}`}>{violation.message}</li>
          ))}
        </ul>
      )}
      {isProblemError(error, 412) && onReload && (
        <Button variant="secondary" onPress={onReload}>
          {t('errors.reload')}
        </Button>
      )}
    </div>
  );
}
