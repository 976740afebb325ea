import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Language } from '@/lib/i18n';
import type { NewsletterSubscription as Subscription } from '@/lib/api/types';

const subscriptionKey = (token: string) => ['newsletter-subscription', token];

/** Asks for the newsletter (double opt-in: the API emails a link to confirm, and says 202 whatever the address). */
export function useSubscribe() {
  return useMutation({
    mutationFn: (body: { email: string; language: Language }) =>
      unwrap(api.POST('/api/v1/newsletter/subscribers', { body })),
  });
}

/** The link of the confirmation email (404: unknown, 410: expired after 7 days). */
export function useConfirmSubscription() {
  return useMutation({
    mutationFn: async (token: string): Promise<Subscription> =>
      (await unwrap(
        api.POST('/api/v1/newsletter/subscribers/confirm/{token}', { params: { path: { token } } }),
      )) as Subscription,
  });
}

/** The subscription an email's unsubscribe link stands for (its address masked). */
export function useSubscription(token: string) {
  return useQuery({
    queryKey: subscriptionKey(token),
    queryFn: async (): Promise<Subscription> =>
      (await unwrap(
        api.GET('/api/v1/newsletter/subscription/{token}', { params: { path: { token } } }),
      )) as Subscription,
  });
}

export function useSetSubscription(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscribed: boolean): Promise<Subscription> =>
      (await unwrap(
        api.PUT('/api/v1/newsletter/subscription/{token}', { params: { path: { token } }, body: { subscribed } }),
      )) as Subscription,
    onSuccess: (subscription) => queryClient.setQueryData(subscriptionKey(token), subscription),
  });
}

/** The public feeds of new offers, requests and events, for the whole network. */
export const FEEDS = ['offers', 'requests', 'events'] as const;
export type Feed = (typeof FEEDS)[number];

export function feedUrl(feed: Feed, format: 'rss' | 'atom') {
  return `/api/v1/feeds/${feed}.${format}`;
}
