import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

type PageProps = {
  title: string;
  /** Shown under the title. */
  intro?: ReactNode;
  children: ReactNode;
  width?: 'narrow' | 'wide';
};

/** A page with its heading; also names the browser tab. */
export function Page({ title, intro, children, width = 'wide' }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();
  // The first page of a visit has the key 'default'; later ones came by navigation.
  const arrivedByNavigation = key !== 'default';

  useEffect(() => {
    document.title = `${title} · elBasar`;
  }, [title]);

  // After a navigation, screen readers start at the new page's title instead of
  // staying on the link that was followed. Filter changes keep the pathname: no jump.
  useEffect(() => {
    if (arrivedByNavigation) heading.current?.focus();
  }, [pathname, arrivedByNavigation]);

  return (
    <div className={`page page--${width}`}>
      <h1 className="page__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {intro && <div className="page__intro">{intro}</div>}
      {children}
    </div>
  );
}
