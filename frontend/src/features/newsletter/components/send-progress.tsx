import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Newsletter } from '@/lib/api/types';

/**
 * How far the sending has gone: a progress bar (sent and failed out of all), then the outcome.
 * Written by hand: react-aria's ProgressBar shares a module with its Button, which would bring
 * its code into the initial bundle.
 */
export function SendProgress({ newsletter }: { newsletter: Newsletter }) {
  const { t: tx } = useTranslation('newsletter');
  const labelId = useId();
  const progress = newsletter.progress;
  if (!progress) return null;
  const done = progress.sent + progress.failed;
  const total = Math.max(progress.total, done);
  const percentage = total > 0 ? (100 * done) / total : 100;
  const valueLabel = tx('progress.value', { sent: progress.sent, total: progress.total });
  return (
    <div className="send-progress">
      <div className="send-progress__labels">
        <span id={labelId}>{tx('progress.label')}</span>
        <span className="send-progress__value">{valueLabel}</span>
      </div>
      <div
        className="send-progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={valueLabel}
      >
        <div className="send-progress__fill" style={{ width: `${percentage}%` }} />
      </div>
      <div role="status" className="status-line">
        {newsletter.status === 'SENT' ? (
          <p className="alert alert--success">{tx('progress.sent', { count: progress.sent })}</p>
        ) : (
          <p>{tx('progress.sending', { count: progress.total })}</p>
        )}
      </div>
      {progress.failed > 0 && <p className="alert alert--error">{tx('progress.failed', { count: progress.failed })}</p>}
    </div>
  );
}
