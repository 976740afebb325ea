import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, unwrap } from '@/lib/api/client';
import type {
  Attendee,
  EventInput,
  EventKind,
  EventView,
  Page,
  Registration,
} from '@/lib/api/types';
import { saveDownload } from '@/lib/download';

/** Every events query starts with this key: any change refreshes lists, pages and registrations. */
export const EVENTS_KEY = ['events'] as const;
const eventKey = (id: string) => [...EVENTS_KEY, 'detail', id];
const attendeesKey = (id: string) => [...EVENTS_KEY, 'attendees', id];

export const EVENTS_PAGE_SIZE = 20;
/** A month holds far fewer events than this. */
const MONTH_SIZE = 200;

/** The agenda's filters, as the URL keeps them. */
export type EventFilters = {
  /** A département or an EPCI ("departement:59", "epci:200093201"); null: the whole region. */
  territory: string | null;
  kind: EventKind | null;
  view: 'list' | 'month';
  /** The month shown (YYYY-MM) in the month view; null: the current one. */
  month: string | null;
  /** Zero-based, in the list view. */
  page: number;
};

/** Upcoming published events (not yet ended), soonest first. */
export function useUpcomingEvents(filters: EventFilters) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'upcoming', filters.territory, filters.kind, filters.page],
    queryFn: async (): Promise<Page<EventView>> =>
      (await unwrap(
        api.GET('/api/v1/events', {
          params: {
            query: {
              territory: filters.territory ?? undefined,
              kind: filters.kind ?? undefined,
              page: filters.page,
              size: EVENTS_PAGE_SIZE,
            },
          },
        }),
      )) as Page<EventView>,
    placeholderData: keepPreviousData,
    enabled: filters.view === 'list',
  });
}

/** Published events starting between two Paris days (inclusive). */
export function useEventsBetween(range: { from: string; to: string } | null, filters?: Pick<EventFilters, 'territory' | 'kind'>) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'between', range?.from, range?.to, filters?.territory ?? null, filters?.kind ?? null],
    queryFn: async (): Promise<Page<EventView>> =>
      (await unwrap(
        api.GET('/api/v1/events', {
          params: {
            query: {
              from: range!.from,
              to: range!.to,
              territory: filters?.territory ?? undefined,
              kind: filters?.kind ?? undefined,
              size: MONTH_SIZE,
            },
          },
        }),
      )) as Page<EventView>,
    placeholderData: keepPreviousData,
    enabled: range !== null,
  });
}

/** Members' proposals waiting for an animator, oldest first. */
export function useProposedEvents(page: number) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'proposed', page],
    queryFn: async (): Promise<Page<EventView>> =>
      (await unwrap(
        api.GET('/api/v1/events', { params: { query: { status: 'PROPOSED', page, size: EVENTS_PAGE_SIZE } } }),
      )) as Page<EventView>,
    placeholderData: keepPreviousData,
  });
}

/** The events the caller organises, whatever their status. */
export function useMyEvents() {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'mine'],
    queryFn: async (): Promise<EventView[]> => (await unwrap(api.GET('/api/v1/events/mine'))) as EventView[],
  });
}

/** The caller's registrations (cancelled ones left out): upcoming events first. */
export function useMyRegistrations() {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'registrations'],
    queryFn: async (): Promise<Registration[]> =>
      (await unwrap(api.GET('/api/v1/me/registrations'))) as Registration[],
  });
}

export type VersionedEvent = { event: EventView; etag: string };

function versioned(event: EventView, response: Response): VersionedEvent {
  return { event, etag: response.headers.get('ETag') ?? `"${event.version}"` };
}

/** `enabled: false` for a form that only reloads it after a 412. */
export function useEvent(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: eventKey(id),
    queryFn: async () => {
      const result = await api.GET('/api/v1/events/{id}', { params: { path: { id } } });
      return versioned(bodyOf(result) as EventView, result.response);
    },
  });
}

function useRefreshEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY });
}

/** Animators publish it at once; members propose it. */
export function useCreateEvent() {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async (body: EventInput): Promise<EventView> =>
      (await unwrap(api.POST('/api/v1/events', { body }))) as EventView,
    onSuccess: refresh,
  });
}

/** Saves only if nobody changed the event since `etag` was read (412 otherwise). */
export function useUpdateEvent(id: string) {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: EventInput; etag: string }) => {
      const result = await api.PUT('/api/v1/events/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body,
      });
      return versioned(bodyOf(result) as EventView, result.response);
    },
    onSuccess: refresh,
  });
}

export function useSetEventImage() {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }): Promise<EventView> => {
      const form = new FormData();
      form.append('file', file);
      return (await unwrap(
        api.PUT('/api/v1/events/{id}/image', {
          params: { path: { id } },
          // openapi-fetch sends FormData as is, with its multipart boundary.
          body: form as unknown as { file: string },
        }),
      )) as EventView;
    },
    onSuccess: refresh,
  });
}

export function useRemoveEventImage() {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async (id: string): Promise<EventView> =>
      (await unwrap(api.DELETE('/api/v1/events/{id}/image', { params: { path: { id } } }))) as EventView,
    onSuccess: refresh,
  });
}

export type EventDecision = { kind: 'approve' } | { kind: 'reject'; reason: string } | { kind: 'cancel'; reason: string };

function decide(id: string, decision: EventDecision) {
  const params = { params: { path: { id } } };
  switch (decision.kind) {
    case 'approve':
      return unwrap(api.POST('/api/v1/events/{id}/approve', params));
    case 'reject':
      return unwrap(api.POST('/api/v1/events/{id}/reject', { ...params, body: { reason: decision.reason } }));
    case 'cancel':
      return unwrap(api.POST('/api/v1/events/{id}/cancel', { ...params, body: { reason: decision.reason } }));
  }
}

/** Approve or reject a proposal (animators), cancel an event (its organiser or an animator). */
export function useEventDecision() {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async ({ id, decision }: { id: string; decision: EventDecision }): Promise<EventView> =>
      (await decide(id, decision)) as EventView,
    onSuccess: refresh,
  });
}

/** A place, or one in the waiting list when the event is full. */
export function useRegister(id: string) {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async (): Promise<Registration> =>
      (await unwrap(api.POST('/api/v1/events/{id}/registrations', { params: { path: { id } } }))) as Registration,
    // Refused because registrations closed meanwhile, or done: show the event as it is now.
    onSettled: refresh,
  });
}

/** Gives the place up; the first person waiting gets it. */
export function useCancelRegistration() {
  const refresh = useRefreshEvents();
  return useMutation({
    mutationFn: async (registrationId: string): Promise<Registration> =>
      (await unwrap(
        api.POST('/api/v1/registrations/{id}/cancel', { params: { path: { id: registrationId } } }),
      )) as Registration,
    onSettled: refresh,
  });
}

export function useAttendees(id: string) {
  return useQuery({
    queryKey: attendeesKey(id),
    queryFn: async (): Promise<Attendee[]> =>
      (await unwrap(api.GET('/api/v1/events/{id}/attendees', { params: { path: { id } } }))) as Attendee[],
  });
}

/** Marks a registered person present, or takes it back; the list shows the answer at once. */
export function useCheckIn(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ registrationId, present }: { registrationId: string; present: boolean }) => {
      const params = { params: { path: { id, registrationId } } };
      return (await unwrap(
        present
          ? api.POST('/api/v1/events/{id}/attendees/{registrationId}/check-in', params)
          : api.DELETE('/api/v1/events/{id}/attendees/{registrationId}/check-in', params),
      )) as Attendee;
    },
    onSuccess: (attendee) =>
      queryClient.setQueryData<Attendee[]>(attendeesKey(id), (list) =>
        list?.map((one) => (one.registrationId === attendee.registrationId ? attendee : one)),
      ),
  });
}

/**
 * Downloads the attendee list as CSV.
 */
export async function downloadAttendees(id: string) {
  const result = await api.GET('/api/v1/events/{id}/attendees.csv', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  return saveDownload(bodyOf(result) as unknown as Blob, result.response, `elbasar-attendees-${id}.csv`);
}

/** The iCalendar feed of upcoming events, the whole network's or a territory's (public, no token). */
export function feedUrl(territory: string | null) {
  const url = new URL('/api/v1/events/calendar.ics', window.location.origin);
  if (territory) url.searchParams.set('territory', territory);
  return url.toString();
}

/** One event as an .ics file, to add it to one's calendar. */
export function eventCalendarUrl(id: string) {
  return `/api/v1/events/${id}/calendar.ics`;
}

/** The 480 px version of an event's image. */
export function thumbnailOf(imageUrl: string) {
  return `${imageUrl}${imageUrl.includes('?') ? '&' : '?'}thumbnail=true`;
}
