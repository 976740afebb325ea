import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { MessageDialog } from '@/components/message-dialog';
import { SuggestionList } from '@/components/suggestion-list';
import { useCreateIntroduction } from '@/lib/api/introductions';
import type { CaseDetail, IntroductionInput, Suggestion } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';

/** Whether the case already introduced this offer's, or this organisation's, provider. */
function alreadyIntroduced(detail: CaseDetail, suggestion: Suggestion) {
  return detail.introductions.some((introduction) =>
    suggestion.offer
      ? introduction.offer?.id === suggestion.offer.id
      : introduction.provider.organisation.id === suggestion.organisation.id,
  );
}

/** What could meet the need, with why; the animator introduces the requester to one of them. */
export function CaseSuggestions({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [introducing, setIntroducing] = useState<Suggestion | null>(null);

  return (
    <SuggestionList
      requestId={detail.summary.requestId}
      headingId="case-suggestions"
      className="profile__section"
      intro={t('hotline.suggestions.intro')}
      actions={(suggestion) =>
        alreadyIntroduced(detail, suggestion) ? (
          <p className="suggestion-card__done">{t('hotline.suggestions.alreadyIntroduced')}</p>
        ) : (
          <div className="button-row button-row--compact">
            <Button
              aria-label={t('hotline.suggestions.introduceWith', { name: suggestion.organisation.name })}
              onPress={() => setIntroducing(suggestion)}
            >
              {t('hotline.suggestions.introduce')}
            </Button>
          </div>
        )
      }
    >
      {introducing && (
        <IntroduceDialog
          detail={detail}
          suggestion={introducing}
          onClose={() => setIntroducing(null)}
          onDone={onDone}
        />
      )}
    </SuggestionList>
  );
}

type IntroduceDialogProps = {
  detail: CaseDetail;
  suggestion: Suggestion;
  onClose: () => void;
  onDone: (message: string) => void;
};

function IntroduceDialog({ detail, suggestion, onClose, onDone }: IntroduceDialogProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const introduce = useCreateIntroduction();
  const requester = detail.summary.organisation.name;
  const provider = suggestion.organisation.name;
  const animator = me ? `${me.firstName} ${me.lastName}` : '';
  const defaultMessage = suggestion.offer
    ? t('hotline.introduce.defaultMessageOffer', {
        requester,
        provider,
        title: detail.summary.title,
        offer: suggestion.offer.title,
        animator,
      })
    : t('hotline.introduce.defaultMessage', { requester, provider, title: detail.summary.title, animator });

  const send = async (message: string) => {
    const body: IntroductionInput = suggestion.offer
      ? { requestId: detail.summary.requestId, offerId: suggestion.offer.id, message }
      : { requestId: detail.summary.requestId, providerOrganisationId: suggestion.organisation.id, message };
    await introduce.mutateAsync(body);
    onDone(t('hotline.introduce.done', { requester, provider }));
  };

  return (
    <MessageDialog
      title={t('hotline.introduce.title', { requester, provider })}
      label={t('hotline.introduce.message')}
      description={t('hotline.introduce.messageHelp')}
      defaultMessage={defaultMessage}
      confirmLabel={t('hotline.introduce.send')}
      onClose={onClose}
      onConfirm={send}
    >
      <p>{t('hotline.introduce.explain', { requester, provider })}</p>
    </MessageDialog>
  );
}
