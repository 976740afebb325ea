import { api, bodyOf } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';

/**
 * Downloads everything the platform holds about an organisation, as the JSON file the API builds
 * (for its admins and the platform's); answers the file's name.
 */
export async function downloadOrganisationData(id: string) {
  const result = await api.GET('/api/v1/organisations/{id}/data', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  const today = new Date().toISOString().slice(0, 10);
  return saveDownload(bodyOf(result) as unknown as Blob, result.response, `elbasar-donnees-organisation-${today}.json`);
}
