import { useMutation } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { saveDownload } from '@/lib/download';

type AccountErasure = components['schemas']['AccountErasure'];

/**
 * Downloads everything the platform holds about the signed-in person, as the JSON file the API
 * builds; answers the file's name.
 */
export async function downloadMyData() {
  const result = await api.GET('/api/v1/me/data', { parseAs: 'blob' });
  const today = new Date().toISOString().slice(0, 10);
  return saveDownload(bodyOf(result) as unknown as Blob, result.response, `elbasar-donnees-personnelles-${today}.json`);
}

/** Erases the signed-in person's account; the API ends every session (the caller then signs out here). */
export function useEraseMyAccount() {
  return useMutation({
    mutationFn: (body: AccountErasure) => unwrap(api.POST('/api/v1/me/erasure', { body })),
  });
}
