import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { useSession } from '@/lib/auth/auth-provider';

export type SignInInput = { email: string; password: string };

export function useSignIn() {
  const session = useSession();
  return useMutation({
    mutationFn: (body: SignInInput) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (token) => session.signIn(token),
  });
}
