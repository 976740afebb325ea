import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { newsletter } from './newsletter-data';

describe('the newsletter archive', () => {
  it('lists the issues sent, and subscribes a visitor who then confirms by email', async () => {
    let subscribed: unknown;
    server.use(
      http.get(apiUrl('/newsletters'), () =>
        HttpResponse.json({
          items: [
            newsletter({
              id: 'n2',
              title: 'La lettre de novembre 2026',
              status: 'SENT',
              sentAt: '2026-11-02T08:00:00Z',
            }),
            newsletter({ id: 'n3', title: 'Brouillon de décembre', status: 'DRAFT' }),
          ],
          total: 2,
          page: 0,
          size: 24,
        }),
      ),
      http.post(apiUrl('/newsletter/subscribers'), async ({ request }) => {
        subscribed = await request.json();
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const { user } = renderApp('/newsletter');

    expect(await screen.findByRole('heading', { level: 1, name: "Lettre d'information" })).toBeInTheDocument();
    const issues = screen.getByRole('region', { name: 'Lettres parues' });
    expect(await within(issues).findByRole('link', { name: 'La lettre de novembre 2026' })).toHaveAttribute(
      'href',
      '/newsletter/n2',
    );
    expect(within(issues).getByText('Parue le 2 novembre 2026')).toBeInTheDocument();
    // Drafts (which animators are given too) are not in the archive.
    expect(screen.queryByText('Brouillon de décembre')).not.toBeInTheDocument();
    // The feeds of what is new.
    const feeds = screen.getByRole('region', { name: "Fils d'actualité" });
    expect(within(feeds).getByRole('link', { name: 'Nouvelles offres : flux RSS' })).toHaveAttribute(
      'href',
      '/api/v1/feeds/offers.rss',
    );
    expect(within(feeds).getByRole('link', { name: 'Événements à venir : flux Atom' })).toHaveAttribute(
      'href',
      '/api/v1/feeds/events.atom',
    );

    const form = screen.getByRole('region', { name: 'Recevoir la lettre' });
    await user.click(within(form).getByRole('button', { name: "M'abonner" }));
    expect(await within(form).findByLabelText('Adresse e-mail')).toHaveAccessibleDescription(
      /Saisissez une adresse e-mail valide/,
    );
    expect(subscribed).toBeUndefined();

    await user.type(within(form).getByLabelText('Adresse e-mail'), 'lea@example.org');
    await user.click(within(form).getByRole('radio', { name: 'English' }));
    await user.click(within(form).getByRole('button', { name: "M'abonner" }));

    expect(await within(form).findByText(/Consultez votre boîte aux lettres \(lea@example.org\)/)).toBeInTheDocument();
    expect(subscribed).toEqual({ email: 'lea@example.org', language: 'en' });
  });

  it('shows an issue in a sandboxed frame, in the language of the screen', async () => {
    let language: string | null = null;
    server.use(
      http.get(apiUrl('/newsletters/n2/rendered'), ({ request }) => {
        language = new URL(request.url).searchParams.get('language');
        return HttpResponse.json({
          subject: 'La lettre de novembre 2026',
          html: '<html><head><title>x</title></head><body><a href="https://elbasar.example/o/1">Une offre</a></body></html>',
          text: 'Une offre',
        });
      }),
    );
    renderApp('/newsletter/n2');

    expect(await screen.findByRole('heading', { level: 1, name: 'La lettre de novembre 2026' })).toBeInTheDocument();
    const frame = screen.getByTitle("Lettre d'information : La lettre de novembre 2026");
    // No script, no access to the app; its links open in a new tab.
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    expect(frame.getAttribute('srcdoc')).toContain('<head><base target="_blank"><title>');
    expect(language).toBe('fr');
  });

  it('says when an issue does not exist or is not sent yet', async () => {
    server.use(http.get(apiUrl('/newsletters/n9/rendered'), () => problem(404, 'Introuvable')));
    renderApp('/newsletter/n9');
    expect(await screen.findByText("Cette lettre n'existe pas ou n'est pas encore parue.")).toBeInTheDocument();
  });
});

describe('the confirmation link', () => {
  it('confirms the address on arrival, once, without signing in', async () => {
    let calls = 0;
    server.use(
      http.post(apiUrl('/newsletter/subscribers/confirm/tok-1'), () => {
        calls += 1;
        return HttpResponse.json({ email: 'lea@example.org', subscribed: true });
      }),
    );
    renderApp('/newsletter/confirm/tok-1', { strict: true });

    expect(await screen.findByText('Votre abonnement est confirmé.')).toBeInTheDocument();
    expect(screen.getByText("La prochaine lettre d'information arrivera à lea@example.org.")).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('says when the link has expired', async () => {
    server.use(http.post(apiUrl('/newsletter/subscribers/confirm/old'), () => problem(410, 'Lien expiré')));
    renderApp('/newsletter/confirm/old');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien a expiré.');
    expect(screen.getByRole('link', { name: "La lettre d'information et ses numéros parus" })).toHaveAttribute(
      'href',
      '/newsletter',
    );
  });

  it('says when the link is unknown', async () => {
    server.use(http.post(apiUrl('/newsletter/subscribers/confirm/bad'), () => problem(404, 'Lien inconnu')));
    renderApp('/newsletter/confirm/bad');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien de confirmation est inconnu.');
  });
});

describe('the unsubscribe link', () => {
  it('unsubscribes in one click, without signing in, and lets the reader come back', async () => {
    const sent: unknown[] = [];
    let subscription = { email: 'l***@example.org', subscribed: true };
    server.use(
      http.get(apiUrl('/newsletter/subscription/tok-2'), () => HttpResponse.json(subscription)),
      http.put(apiUrl('/newsletter/subscription/tok-2'), async ({ request }) => {
        const body = (await request.json()) as { subscribed: boolean };
        sent.push(body);
        subscription = { ...subscription, subscribed: body.subscribed };
        return HttpResponse.json(subscription);
      }),
    );
    const { user } = renderApp('/newsletter/unsubscribe/tok-2');

    expect(await screen.findByText('Adresse : l***@example.org')).toBeInTheDocument();
    expect(screen.getByText("Vous recevez la lettre d'information d'elBasar chaque mois.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Se désabonner' }));

    expect(await screen.findByText('Vous êtes désabonné·e.')).toBeInTheDocument();
    expect(sent).toEqual([{ subscribed: false }]);
    expect(screen.queryByRole('button', { name: 'Se désabonner' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Se réabonner' }));
    expect(await screen.findByText(/^Vous êtes de nouveau abonné·e/)).toBeInTheDocument();
    expect(sent).toEqual([{ subscribed: false }, { subscribed: true }]);
    expect(screen.getByRole('button', { name: 'Se désabonner' })).toBeInTheDocument();
  });

  it('says when the link is unknown', async () => {
    server.use(http.get(apiUrl('/newsletter/subscription/bad'), () => problem(404, 'Lien inconnu')));
    renderApp('/newsletter/unsubscribe/bad');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien de désabonnement est inconnu.');
    expect(screen.queryByRole('button', { name: 'Se désabonner' })).not.toBeInTheDocument();
  });
});
