import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { RadioGroup } from '@/components/radio-group';
import type { Language } from '@/lib/i18n';
import type { NewsletterEdit } from '@/lib/api/types';
import { usePreview } from '../api/newsletters';
import { IssueFrame } from './issue-frame';

const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;
type Format = 'html' | 'text';

/** The issue as it would be sent, with the unsaved edit: in French or English, as HTML or plain text. */
export function NewsletterPreview({ id, edit }: { id: string; edit: NewsletterEdit }) {
  const { t: tx } = useTranslation('newsletter');
  const [language, setLanguage] = useState<Language>('fr');
  const [format, setFormat] = useState<Format>('html');
  const preview = usePreview(id, edit, language);

  let body;
  if (preview.isPending) body = <Loading label={tx('preview.loading')} />;
  else if (preview.isError) body = <LoadError error={preview.error} onRetry={() => void preview.refetch()} />;
  else {
    body = (
      <>
        <p className="newsletter-preview__subject">
          <span className="newsletter-preview__subject-label">{tx('preview.subject')}</span>{' '}
          {/* The language of what is shown, which lags behind the choice while the next one loads. */}
          <span lang={preview.data.language}>{preview.data.subject}</span>
        </p>
        {format === 'html' ? (
          <IssueFrame
            html={preview.data.html}
            title={tx('preview.frameTitle', { language: LANGUAGE_NAMES[language] })}
            className="issue-frame--preview"
          />
        ) : (
          <pre className="newsletter-preview__text" lang={preview.data.language}>
            {preview.data.text}
          </pre>
        )}
      </>
    );
  }

  return (
    <section className="panel newsletter-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{tx('preview.title')}</h2>
      <p className="hint">{tx('preview.intro')}</p>
      <div className="newsletter-preview__toggles">
        <RadioGroup
          label={tx('preview.language')}
          inline
          value={language}
          onChange={setLanguage}
          options={(['fr', 'en'] as const).map((one) => ({ id: one, name: LANGUAGE_NAMES[one] }))}
        />
        <RadioGroup
          label={tx('preview.format')}
          inline
          value={format}
          onChange={setFormat}
          options={[
            { id: 'html', name: tx('preview.html') },
            { id: 'text', name: tx('preview.text') },
          ]}
        />
      </div>
      <div className="status-line" role="status">
        {preview.isFetching && !preview.isPending && <p className="hint">{tx('preview.updating')}</p>}
      </div>
      {body}
    </section>
  );
}
