import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { LoadError, Loading } from '@/components/query-state';
import { VALUATION_KINDS, type ValuationRule } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { formatDay } from '@/lib/format';
import { useValuationRules } from '../api/valuation-rules';
import { ValuationRuleForm } from '../components/valuation-rule-form';

/** How non-market help is counted in euros, kind by kind, with the periods each rule applied; admins add rules. */
export function ValuationRulesRoute() {
  const { t: tx } = useTranslation('exchanges');
  const session = useSession();
  const rules = useValuationRules();
  const [added, setAdded] = useState<string | null>(null);

  return (
    <Page title={tx('rules.title')} intro={<p>{tx('rules.intro')}</p>}>
      <div role="status" className="status-line">
        {added && <p className="alert alert--success">{tx('rules.added', { description: added })}</p>}
      </div>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <LoadError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        VALUATION_KINDS.map((kind) => <KindRules key={kind} kind={kind} rules={rules.data} />)
      )}
      {session.hasRole('ADMIN') && (
        <section className="panel" aria-labelledby="add-rule">
          <h2 id="add-rule">{tx('rules.form.title')}</h2>
          <p className="hint">{tx('rules.form.intro')}</p>
          <ValuationRuleForm onAdded={setAdded} />
        </section>
      )}
    </Page>
  );
}

function KindRules({ kind, rules }: { kind: ValuationRule['kind']; rules: ValuationRule[] }) {
  const { t: tx } = useTranslation('exchanges');
  // Newest first: the one in force leads.
  const ofKind = rules
    .filter((rule) => rule.kind === kind)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (ofKind.length === 0) return null;
  const headingId = `rules-${kind.toLowerCase()}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{tx(`valuationKind.${kind}`)}</h2>
      <table className="data-table">
        <caption className="visually-hidden">{tx('rules.caption', { kind: tx(`valuationKind.${kind}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{tx('rules.rule')}</th>
            <th scope="col">{tx('rules.period')}</th>
          </tr>
        </thead>
        <tbody>
          {ofKind.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.description}</td>
              <td>
                {rule.effectiveUntil
                  ? tx('rules.fromUntil', {
                      from: formatDay(rule.effectiveFrom),
                      until: formatDay(rule.effectiveUntil),
                    })
                  : tx('rules.since', { from: formatDay(rule.effectiveFrom) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
