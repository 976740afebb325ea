import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from '@/lib/api/problem';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30 * 1000,
        // A 4xx will not change by asking again; network hiccups might.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isProblemError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
}
