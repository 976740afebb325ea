import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Job } from '@/lib/api/types';

const JOBS_KEY = ['jobs'] as const;

/** The periodic jobs with their schedule, next run and last run. */
export function useJobs() {
  return useQuery({
    queryKey: JOBS_KEY,
    queryFn: async (): Promise<Job[]> => (await unwrap(api.GET('/api/v1/admin/jobs'))) as Job[],
  });
}

/** Runs a job once now, on one instance; its run shows as the job's last run once done. */
export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/v1/admin/jobs/{name}/runs', { params: { path: { name } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: JOBS_KEY }),
  });
}
