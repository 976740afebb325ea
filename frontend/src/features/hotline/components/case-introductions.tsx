import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/lib/api/types';
import { IntroductionCard } from './introduction-card';

/** Who the requester was introduced to, how it went, and what each side answered. */
export function CaseIntroductions({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="profile__section" aria-labelledby="case-introductions">
      <h2 id="case-introductions">{t('hotline.case.introductionsTitle')}</h2>
      {detail.introductions.length === 0 ? (
        <p className="empty-state">{t('hotline.case.noIntroductions')}</p>
      ) : (
        <ul className="stack">
          {detail.introductions.map((introduction) => (
            <li key={introduction.id}>
              <IntroductionCard
                introduction={introduction}
                title={t('hotline.case.introducedTo', { name: introduction.provider.organisation.name })}
                onDone={onDone}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
