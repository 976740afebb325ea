import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/button';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { formatDateTime } from '@/lib/format';
import { useExchange } from '../api/exchanges';
import { Acceptances, AgreementText } from '../components/agreement-panel';

/** The cooperation agreement alone, to print: its text, who accepted it when, its hash. */
export function AgreementRoute() {
  const { t: tx } = useTranslation('exchanges');
  const id = useParams().id ?? '';
  const query = useExchange(id);

  let body;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.agreement) body = <p>{tx('agreement.none')}</p>;
  else {
    const { exchange, agreement } = query.data;
    body = (
      <article className="printable">
        <p className={agreement.frozenAt ? 'alert alert--success' : 'alert alert--info'}>
          {agreement.frozenAt
            ? tx('agreement.frozen', { date: formatDateTime(agreement.frozenAt) })
            : tx('agreement.notFrozen')}
        </p>
        <AgreementText agreement={agreement} />
        <h2>{tx('agreement.acceptancesTitle')}</h2>
        <Acceptances exchange={exchange} agreement={agreement} />
      </article>
    );
  }

  return (
    <Page title={tx('agreement.printTitle')} width="narrow">
      <div className="button-row no-print">
        <Button onPress={() => window.print()}>{tx('print')}</Button>
        <Link to={`/exchanges/${id}`}>{tx('edit.back')}</Link>
      </div>
      {body}
    </Page>
  );
}
