import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { FormAlert } from './form-alert';

type DownloadButtonProps = {
  label: string;
  /** Fetches the file and hands it to the browser; answers its name. */
  download: () => Promise<string>;
};

/** A button that downloads a file through the API (with the session), then says which file it saved. */
export function DownloadButton({ label, download }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async () => {
    setDownloading(true);
    setError(null);
    setDownloaded(null);
    try {
      setDownloaded(await download());
    } catch (failure) {
      setError(failure);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <div className="button-row">
        <Button variant="secondary" isPending={downloading} onPress={() => void start()}>
          {label}
        </Button>
      </div>
      <div role="status" className="status-line">
        {downloaded && <p className="hint">{t('download.done', { name: downloaded })}</p>}
      </div>
      <FormAlert error={error} />
    </>
  );
}
