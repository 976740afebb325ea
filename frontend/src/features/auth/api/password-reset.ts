import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}
