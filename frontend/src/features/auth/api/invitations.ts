import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (body: components['schemas']['InvitationAcceptance']) =>
      unwrap(api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } }, body })),
  });
}
