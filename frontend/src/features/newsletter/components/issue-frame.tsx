import { cx } from '@/components/class-names';

type IssueFrameProps = {
  /** A complete HTML document, as the API renders the issue. */
  html: string;
  /** Names the frame for screen readers. */
  title: string;
  /**
   * Readers of the archive follow the issue's links, opened in a new tab (the frame can open
   * them, nothing else); the editor's preview lets nothing out at all.
   */
  linksOpen?: boolean;
  className?: string;
};

/** Opens every link of the document in a new tab rather than inside the frame. */
export function withLinksInNewTab(html: string) {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : `${base}${html}`;
}

/** An issue's HTML in a sandboxed frame: no script runs, no form posts, nothing reaches the app. */
export function IssueFrame({ html, title, linksOpen = false, className }: IssueFrameProps) {
  return (
    <iframe
      className={cx('issue-frame', className)}
      title={title}
      srcDoc={linksOpen ? withLinksInNewTab(html) : html}
      sandbox={linksOpen ? 'allow-popups allow-popups-to-escape-sandbox' : ''}
      referrerPolicy="no-referrer"
    />
  );
}
