import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { Page } from '@/components/page';
import { PagedList } from '@/components/paged-list';
import { useSession } from '@/lib/auth/auth-provider';
import { pageFromParams, setPageParam, useUrlFilters } from '@/lib/url-filters';
import { INTRODUCTIONS_PAGE_SIZE, useIntroductions } from '../api/introductions';
import { IntroductionCard, subjectOf } from '../components/introduction-card';

type IntroductionFilters = { nudge: boolean; page: number };

function filtersFromParams(params: URLSearchParams): IntroductionFilters {
  return { nudge: params.get('nudge') === '1', page: pageFromParams(params) };
}

function paramsFromFilters(filters: IntroductionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.nudge) params.set('nudge', '1');
  setPageParam(params, filters.page);
  return params;
}

/** The organisation's introductions (every one for staff): who, their contact, and what came of it. */
export function IntroductionsRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const isStaff = session.hasRole('ANIMATOR', 'ADMIN');
  // The filter is for staff; the URL keeps it (the board links to it).
  const { filters, update } = useUrlFilters(filtersFromParams, paramsFromFilters);
  const needsNudge = isStaff && filters.nudge;
  const introductions = useIntroductions(needsNudge, filters.page);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Page
      title={t('introductions.title')}
      intro={<p>{isStaff ? t('introductions.introStaff') : t('introductions.intro')}</p>}
    >
      <div role="status" className="status-line">
        {done && <p className="alert alert--success">{done}</p>}
      </div>
      {isStaff && (
        <div className="form--inline">
          <Checkbox isSelected={needsNudge} onChange={(nudge) => update({ nudge })}>
            {t('introductions.needsNudgeOnly')}
          </Checkbox>
        </div>
      )}
      <div aria-busy={introductions.isFetching}>
        <PagedList
          query={introductions}
          pageSize={INTRODUCTIONS_PAGE_SIZE}
          onPageChange={(page) => update({ page })}
          empty={needsNudge ? t('introductions.noneToNudge') : t('introductions.none')}
          layout="stack"
          itemKey={(introduction) => introduction.id}
          renderItem={(introduction) => (
            <IntroductionCard
              introduction={introduction}
              title={subjectOf(introduction)}
              headingLevel={2}
              onDone={setDone}
            />
          )}
        />
      </div>
    </Page>
  );
}
