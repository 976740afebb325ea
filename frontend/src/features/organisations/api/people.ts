import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PersonRole } from '@/lib/api/types';

const peopleKey = (organisationId: string) => ['organisations', organisationId, 'people'];
const invitationsKey = (organisationId: string) => ['organisations', organisationId, 'invitations'];

export function usePeople(organisationId: string) {
  return useQuery({
    queryKey: peopleKey(organisationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{organisationId}/people', { params: { path: { organisationId } } })),
  });
}

export function useChangeRole(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: PersonRole }) =>
      unwrap(
        api.PUT('/api/v1/organisations/{organisationId}/people/{personId}/role', {
          params: { path: { organisationId, personId } },
          body: { role },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKey(organisationId) }),
  });
}

export function useRemovePerson(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      unwrap(
        api.DELETE('/api/v1/organisations/{organisationId}/people/{personId}', {
          params: { path: { organisationId, personId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKey(organisationId) }),
  });
}

export function useInvitations(organisationId: string) {
  return useQuery({
    queryKey: invitationsKey(organisationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organisations/{organisationId}/invitations', { params: { path: { organisationId } } })),
  });
}

export function useInvite(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: PersonRole }) =>
      unwrap(api.POST('/api/v1/organisations/{organisationId}/invitations', { params: { path: { organisationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(organisationId) }),
  });
}

export function useRevokeInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE('/api/v1/organisations/{organisationId}/invitations/{invitationId}', {
          params: { path: { organisationId, invitationId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(organisationId) }),
  });
}
