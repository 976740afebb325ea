import { useEffect, useState, type ImgHTMLAttributes } from 'react';
import { fetchWithSession } from '@/lib/api/client';
import { useSession } from '@/lib/auth/auth-provider';

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'onError'> & { src: string };

/**
 * An image of the API. Browsers send no access token with `<img>`, and the API serves the photos of an item that
 * is not public (a draft, a hidden item) and the image of a proposal only to their organisation and the staff
 * (docs/visibility.md): when the plain request is refused and someone is signed in, the image is fetched again
 * with their token.
 */
export function ApiImage({ src, alt = '', ...props }: Props) {
  const { status } = useSession();
  const [refused, setRefused] = useState<string | null>(null);
  const [fetched, setFetched] = useState<{ src: string; url: string } | null>(null);

  useEffect(() => {
    if (refused !== src || status !== 'signedIn') return;
    let cancelled = false;
    let url: string | null = null;
    fetchWithSession(src)
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (blob && !cancelled) {
          url = URL.createObjectURL(blob);
          setFetched({ src, url });
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [refused, src, status]);

  return (
    <img {...props} alt={alt} src={fetched?.src === src ? fetched.url : src} onError={() => setRefused(src)} />
  );
}
