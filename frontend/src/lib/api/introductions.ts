import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Introduction, IntroductionInput, Suggestion } from './types';

/*
 * Suggestions and introductions are shared: the hotline's case page and the catalogue's
 * item page both show them and both introduce organisations to each other.
 */

/** Every hotline query key starts with this: an introduction refreshes the board and its cases. */
export const HOTLINE_KEY = ['hotline'] as const;
/** Every key of the introductions lists starts with this. */
export const INTRODUCTIONS_KEY = ['introductions'] as const;

/** Offers and organisations that could meet a request, best first, each with why. */
export function useSuggestions(requestId: string, enabled = true) {
  return useQuery({
    queryKey: ['suggestions', requestId],
    queryFn: async (): Promise<Suggestion[]> =>
      (await unwrap(
        api.GET('/api/v1/requests/{id}/suggestions', { params: { path: { id: requestId } } }),
      )) as Suggestion[],
    enabled,
  });
}

/**
 * Introduces two organisations; both are emailed each other's contact.
 * An animator names the request and the offer or the provider; a member names the other
 * organisation's offer (they ask) or request (they offer to help).
 */
export function useCreateIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntroductionInput): Promise<Introduction> =>
      unwrap(api.POST('/api/v1/introductions', { body })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: HOTLINE_KEY }),
        queryClient.invalidateQueries({ queryKey: INTRODUCTIONS_KEY }),
      ]);
    },
  });
}
