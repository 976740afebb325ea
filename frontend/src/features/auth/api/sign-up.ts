import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SignupRequest } from '@/lib/api/types';

export function useSignUp() {
  return useMutation({
    mutationFn: (body: SignupRequest) => unwrap(api.POST('/api/v1/auth/signup', { body })),
  });
}
