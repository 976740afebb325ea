import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/text-field';
import { feedUrl } from '../api/events';

/** The same feed for calendar applications that open webcal:// links (they then subscribe). */
export function webcalOf(url: string) {
  return url.replace(/^https?:\/\//, 'webcal://');
}

type SubscribeBoxProps = {
  /** The territory chosen in the filters, and its name; null for the whole network. */
  territory: string | null;
  territoryName: string | null;
};

/** The iCalendar feed of upcoming events, to follow them in one's own calendar application. */
export function SubscribeBox({ territory, territoryName }: SubscribeBoxProps) {
  const { t: tx } = useTranslation('events');
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const https = feedUrl(territory);
  const webcal = webcalOf(https);

  const copy = async (url: string, what: string) => {
    setCopied(null);
    setFailed(false);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(what);
    } catch {
      // No clipboard (an old browser, an insecure page): the address stays there to select.
      setFailed(true);
    }
  };

  return (
    <section className="panel subscribe" aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">{tx('subscribe.title')}</h2>
      <p className="hint">
        {territory && territoryName
          ? tx('subscribe.introTerritory', { territory: territoryName })
          : tx('subscribe.intro')}
      </p>
      <div className="subscribe__row">
        <TextField label={tx('subscribe.webcal')} description={tx('subscribe.webcalHelp')} value={webcal} isReadOnly />
        <Button variant="secondary" onPress={() => void copy(webcal, tx('subscribe.webcal'))}>
          {tx('subscribe.copyWebcal')}
        </Button>
      </div>
      <div className="subscribe__row">
        <TextField label={tx('subscribe.https')} description={tx('subscribe.httpsHelp')} value={https} isReadOnly />
        <Button variant="secondary" onPress={() => void copy(https, tx('subscribe.https'))}>
          {tx('subscribe.copyHttps')}
        </Button>
      </div>
      <p>
        <a href={webcal}>{tx('subscribe.open')}</a>
      </p>
      <div role="status" className="status-line">
        {copied && <p className="alert alert--success">{tx('subscribe.copied', { what: copied })}</p>}
        {failed && <p className="alert alert--info">{tx('subscribe.copyFailed')}</p>}
      </div>
    </section>
  );
}
