import { http, HttpResponse } from 'msw';
import { ateliers, categories, charter, searchPage, sectors, territories, velo } from './data';

/** Matches the API on whatever origin the app runs from. */
export const apiUrl = (path: string) => `*/api/v1${path}`;

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** What a signed-out visitor gets from a healthy API; tests override what they exercise. */
export const handlers = [
  http.post(apiUrl('/auth/refresh'), () => problem(401, 'Session expirée')),
  http.post(apiUrl('/auth/logout'), () => new HttpResponse(null, { status: 204 })),
  http.get(apiUrl('/sectors'), () => HttpResponse.json(sectors)),
  http.get(apiUrl('/charter'), () => HttpResponse.json(charter)),
  http.get(apiUrl('/charter/versions'), () => HttpResponse.json([charter])),
  http.get(apiUrl('/territories'), ({ request }) => {
    const q = new URL(request.url).searchParams.get('q')?.toLowerCase() ?? '';
    const kind = new URL(request.url).searchParams.get('kind');
    return HttpResponse.json(
      territories.filter((t) => t.name.toLowerCase().includes(q) && (!kind || t.kind === kind)),
    );
  }),
  http.get(apiUrl('/territories/:id'), ({ params }) => {
    const territory = territories.find((t) => t.id === params.id);
    return territory ? HttpResponse.json(territory) : problem(404, 'Territoire introuvable');
  }),
  http.get(apiUrl('/organisations'), () =>
    HttpResponse.json({ items: [ateliers, velo], total: 2, page: 0, size: 20 }),
  ),
  http.get(apiUrl('/categories'), () => HttpResponse.json(categories)),
  // An empty catalogue (the home page shows its latest items).
  http.get(apiUrl('/offers'), () => HttpResponse.json(searchPage([], { total: 0 }))),
  http.get(apiUrl('/requests'), () => HttpResponse.json(searchPage([], { total: 0 }))),
  // The account page shows whether its person gets the newsletter.
  http.get(apiUrl('/me/newsletter'), () =>
    HttpResponse.json({ subscribed: false, email: 'camille@ateliers-reemploi.example' }),
  ),
];
