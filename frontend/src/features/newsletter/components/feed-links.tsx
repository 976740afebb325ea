import { useTranslation } from 'react-i18next';
import { FEEDS, feedUrl } from '../api/subscriptions';

/** RSS and Atom feeds of what is new in the network, for feed readers and partner sites. */
export function FeedLinks() {
  const { t: tx } = useTranslation('newsletter');
  return (
    <section className="panel" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{tx('feeds.title')}</h2>
      <p className="hint">{tx('feeds.intro')}</p>
      <ul className="feed-list">
        {FEEDS.map((feed) => (
          <li key={feed}>
            <span className="feed-list__name">{tx(`feeds.${feed}`)}</span>
            <a href={feedUrl(feed, 'rss')} aria-label={tx('feeds.rssOf', { feed: tx(`feeds.${feed}`) })}>
              RSS
            </a>
            <a href={feedUrl(feed, 'atom')} aria-label={tx('feeds.atomOf', { feed: tx(`feeds.${feed}`) })}>
              Atom
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
