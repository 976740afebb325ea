import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { Select } from '@/components/select';
import { downloadExport, type ExportRequest, type ExportTable, type Period, type Scope } from '../api/impact';

const TABLES = ['summary', 'monthly', 'channels', 'modes'] as const satisfies readonly ExportTable[];

/** The figures as files for funders: a spreadsheet with every table, or one table as CSV. */
export function ExportPanel({ scope, period }: { scope: Scope; period: Period }) {
  const { t: tx } = useTranslation('exchanges');
  const [table, setTable] = useState<ExportTable>('summary');
  const [busy, setBusy] = useState<'ods' | 'csv' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  const download = async (request: ExportRequest) => {
    setBusy(request.format);
    setError(null);
    setDownloaded(null);
    try {
      setDownloaded(await downloadExport(request));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="panel no-print" aria-labelledby="impact-export">
      <h2 id="impact-export">{tx('impact.export.title')}</h2>
      <p className="hint">{tx('impact.export.intro')}</p>
      <div className="export-panel">
        <Button isPending={busy === 'ods'} onPress={() => void download({ scope, period, format: 'ods' })}>
          {tx('impact.export.ods')}
        </Button>
        <div className="export-panel__csv">
          <Select<ExportTable>
            label={tx('impact.export.table')}
            value={table}
            onChange={setTable}
            options={TABLES.map((id) => ({ id, name: tx(`impact.export.tables.${id}`) }))}
          />
          <Button
            variant="secondary"
            isPending={busy === 'csv'}
            onPress={() => void download({ scope, period, format: 'csv', table })}
          >
            {tx('impact.export.csv')}
          </Button>
        </div>
      </div>
      <div role="status" className="status-line">
        {downloaded && <p className="hint">{tx('impact.export.done', { name: downloaded })}</p>}
      </div>
      <FormAlert error={error} />
    </section>
  );
}
