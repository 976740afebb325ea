import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function useCharterVersions() {
  return useQuery({
    queryKey: ['charter', 'versions'],
    queryFn: () => unwrap(api.GET('/api/v1/charter/versions')),
  });
}
