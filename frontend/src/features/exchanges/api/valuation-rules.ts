import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ValuationRule, ValuationRuleInput } from '@/lib/api/types';

/** The rules' words come in the caller's language: the key changes with it (the app refetches on change). */
const RULES_KEY = ['valuation-rules'] as const;

/** Every rule, past and current, by kind then date. */
export function useValuationRules() {
  return useQuery({
    queryKey: RULES_KEY,
    queryFn: async (): Promise<ValuationRule[]> =>
      (await unwrap(api.GET('/api/v1/valuation-rules'))) as ValuationRule[],
    staleTime: 10 * 60 * 1000,
  });
}

/** Admins: a new rule for a kind of help from a date on. */
export function useAddValuationRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ValuationRuleInput): Promise<ValuationRule> =>
      (await unwrap(api.POST('/api/v1/valuation-rules', { body }))) as ValuationRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULES_KEY }),
  });
}
