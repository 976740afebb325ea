import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MyNewsletterSubscription as MyNewsletter } from '@/lib/api/types';

const MY_NEWSLETTER_KEY = ['me', 'newsletter'] as const;

/** The person's own subscription to the monthly newsletter. */
export function useMyNewsletter() {
  return useQuery({
    queryKey: MY_NEWSLETTER_KEY,
    queryFn: async (): Promise<MyNewsletter> =>
      (await unwrap(api.GET('/api/v1/me/newsletter', {}))) as MyNewsletter,
  });
}

export function useSetMyNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscribed: boolean): Promise<MyNewsletter> =>
      (await unwrap(api.PUT('/api/v1/me/newsletter', { body: { subscribed } }))) as MyNewsletter,
    onSuccess: (subscription) => queryClient.setQueryData(MY_NEWSLETTER_KEY, subscription),
  });
}
