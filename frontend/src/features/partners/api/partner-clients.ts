import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { PartnerClient, PartnerClientInput, PartnerCredentials, PartnerUsageHour } from '@/lib/api/types';

/** Every partner-client query starts with this key: a change refreshes the list and the client at once. */
export const PARTNER_CLIENTS_KEY = ['partner-clients'] as const;
const listKey = [...PARTNER_CLIENTS_KEY, 'list'] as const;
const clientKey = (id: string) => [...PARTNER_CLIENTS_KEY, 'detail', id];
const usageKey = (id: string) => [...PARTNER_CLIENTS_KEY, 'usage', id];

/** The hours of usage shown on a client's page. */
export const USAGE_HOURS = 24;

/** Registered partners with their usage over the last hour and day. */
export function usePartnerClients() {
  return useQuery({
    queryKey: listKey,
    queryFn: async (): Promise<PartnerClient[]> =>
      (await unwrap(api.GET('/api/v1/partner-clients'))) as PartnerClient[],
  });
}

export type VersionedPartnerClient = { client: PartnerClient; etag: string };

function versioned(client: PartnerClient, response: Response): VersionedPartnerClient {
  return { client, etag: response.headers.get('ETag') ?? `"${client.version}"` };
}

/** A client with the version it was read at (saving sends it as If-Match). */
export function usePartnerClient(id: string) {
  return useQuery({
    queryKey: clientKey(id),
    queryFn: async () => {
      const result = await api.GET('/api/v1/partner-clients/{id}', { params: { path: { id } } });
      return versioned(bodyOf(result) as PartnerClient, result.response);
    },
  });
}

/** Requests answered and refused by hour over the last day, oldest first (quiet hours left out). */
export function usePartnerUsage(id: string) {
  return useQuery({
    queryKey: usageKey(id),
    queryFn: async (): Promise<PartnerUsageHour[]> =>
      (await unwrap(
        api.GET('/api/v1/partner-clients/{id}/usage', { params: { path: { id }, query: { hours: USAGE_HOURS } } }),
      )) as PartnerUsageHour[],
  });
}

/**
 * The credentials' client is stored; the secret never is: it lives only in the dialog that shows
 * it once.
 */
function useStoreClient() {
  const queryClient = useQueryClient();
  return (client: PartnerClient, etag = `"${client.version}"`) => {
    queryClient.setQueryData<VersionedPartnerClient>(clientKey(client.id), { client, etag });
    void queryClient.invalidateQueries({ queryKey: listKey });
  };
}

/** Registers a partner: its client id and a secret, shown this once. */
export function useRegisterPartnerClient() {
  const store = useStoreClient();
  return useMutation({
    mutationFn: async (body: PartnerClientInput): Promise<PartnerCredentials> =>
      (await unwrap(api.POST('/api/v1/partner-clients', { body }))) as PartnerCredentials,
    onSuccess: (credentials) => store(credentials.client),
  });
}

/** Saves only if nobody changed the client since `etag` was read (412 otherwise). */
export function useUpdatePartnerClient(id: string) {
  const store = useStoreClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: PartnerClientInput; etag: string }) => {
      const result = await api.PUT('/api/v1/partner-clients/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body,
      });
      return versioned(bodyOf(result) as PartnerClient, result.response);
    },
    onSuccess: (result) => store(result.client, result.etag),
  });
}

/** A new secret, shown this once: the old one and every token it obtained stop at once. */
export function useRotatePartnerSecret(id: string) {
  const store = useStoreClient();
  return useMutation({
    mutationFn: async (): Promise<PartnerCredentials> =>
      (await unwrap(
        api.POST('/api/v1/partner-clients/{id}/rotate-secret', { params: { path: { id } } }),
      )) as PartnerCredentials,
    onSuccess: (credentials) => store(credentials.client),
  });
}
