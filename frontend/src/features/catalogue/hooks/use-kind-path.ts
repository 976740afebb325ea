import { useLocation } from 'react-router';
import type { KindPath } from '@/lib/catalogue';

/** Offers and requests share their pages: the path says which. */
export function useKindPath(): KindPath {
  return useLocation().pathname.startsWith('/requests') ? 'requests' : 'offers';
}
