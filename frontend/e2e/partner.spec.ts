import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { ANIMATOR, apiToken, choose, expectAccessible, newPerson, signIn, uniqueSuffix } from './support';

/** Demo staff and a member whose organisation has a SIRET (ELBASAR_DEMO_DATA=true). */
const ADMIN = { email: 'admin@elbasar.test', password: ANIMATOR.password };
const MEMBER = { email: 'sophie.dubois@jardins-tourcoing.example', password: ANIMATOR.password };

type Delivery = { headers: IncomingHttpHeaders; body: string };
type WebhookEvent = { id: string; type: string; subjectId: string; withdrawn: boolean; data: { id: string } };
type MarketOffer = { id: string; title: string; organisation: { id: string; name: string; siret: string | null } };
type ChangePage = { changes: { id: string; withdrawn: boolean; data: MarketOffer | null }[]; next: string; hasMore: boolean };

/** Ticks a react-aria checkbox from the keyboard (its input is visually hidden, in a scrolling dialog too). */
async function tick(checkbox: Locator) {
  await checkbox.press('Space');
  await expect(checkbox).toBeChecked();
}

/** A partner's receiver: records every POST it gets, raw body included (signatures cover its bytes). */
async function startReceiver() {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/hooks') {
        deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { deliveries, url: `http://127.0.0.1:${port}/hooks`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** `Elbasar-Signature: t=<unix seconds>,v1=<hex>`: HMAC-SHA256 of "<t>.<raw body>" with the subscription's secret. */
function signatureHolds(header: string | string[] | undefined, body: string, secret: string) {
  const parts = Object.fromEntries(
    String(header)
      .split(',')
      .map((part) => part.split('=', 2) as [string, string]),
  );
  if (!/^\d+$/.test(parts.t ?? '') || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}

/** Every market offer shown on Ceres, as a partner replaying the whole change log sees it now. */
async function marketOffers(request: APIRequestContext, token: string) {
  const offers = new Map<string, MarketOffer>();
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const response = await request.get('/api/v1/partner/market-offers', {
      headers: { Authorization: `Bearer ${token}` },
      params: { size: 1000, ...(cursor ? { cursor } : {}) },
    });
    expect(response.status(), 'market offers').toBe(200);
    const result = (await response.json()) as ChangePage;
    for (const change of result.changes) {
      if (change.withdrawn || !change.data) offers.delete(change.id);
      else offers.set(change.id, change.data);
    }
    cursor = result.next;
    if (!result.hasMore) break;
  }
  return offers;
}

/**
 * The Ceres bridge: an admin registers the partner, which subscribes to offer events; a member
 * shows a market offer on Ceres; Ceres finds it, with the organisation's SIRET, in its sync and in
 * a signed webhook.
 */
test('an admin registers Ceres, which sees a member’s offer shown on Ceres by sync and signed webhook', async ({
  browser,
  request,
}) => {
  const suffix = uniqueSuffix();
  const partnerName = `Ceres ${suffix}`;
  const title = `Accompagnement comptable ${suffix}`;
  const receiver = await startReceiver();
  try {
    // 1. An admin registers the partner and reads its secret, shown once.
    const admin = await newPerson(browser);
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.getByRole('navigation').getByRole('link', { name: 'Partenaires API' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Partenaires API' })).toBeVisible();
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Enregistrer un partenaire' }).click();
    const register = admin.getByRole('dialog', { name: 'Enregistrer un partenaire' });
    await register.getByLabel(/Nom du partenaire/).fill(partnerName);
    await register.getByLabel(/E-mail de contact technique/).fill(`tech-${suffix}@ceres.example`);
    await tick(register.getByRole('checkbox', { name: /Lire le catalogue/ }));
    await tick(register.getByRole('checkbox', { name: /Gérer les webhooks/ }));
    await register.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    const shown = admin.getByRole('dialog', { name: `Identifiants de ${partnerName}` });
    await expect(shown.getByText('Ce secret ne sera plus affiché.')).toBeVisible();
    await expectAccessible(admin);
    const clientId = await shown.getByLabel('Identifiant client (client_id)').inputValue();
    const clientSecret = await shown.getByLabel('Secret (client_secret)').inputValue();
    expect(clientSecret.length).toBeGreaterThan(20);
    await expect(shown.getByLabel('Adresse pour obtenir un jeton')).toHaveValue(/\/api\/v1\/oauth\/token$/);
    await shown.getByRole('button', { name: "J'ai copié le secret" }).click();
    await expect(admin.getByRole('dialog')).toHaveCount(0);
    const row = admin.getByRole('row', { name: new RegExp(partnerName) });
    await expect(row).toContainText('catalog:read');
    await expect(row).toContainText('Actif');
    // Its page: what it may do, and its requests by hour.
    await row.getByRole('link', { name: partnerName }).click();
    await expect(admin.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
    await expect(admin.getByRole('table', { name: 'Requêtes des 24 dernières heures' })).toBeVisible();
    await expectAccessible(admin);
    await admin.close();

    // 2. The partner gets a token with its credentials and subscribes to the Ceres view's offer events.
    const tokenResponse = await request.post('/api/v1/oauth/token', {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
    });
    expect(tokenResponse.status(), 'token').toBe(200);
    const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
    const subscription = await request.post('/api/v1/partner/webhooks', {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        url: receiver.url,
        events: ['offer.published', 'offer.updated', 'offer.withdrawn'],
        offerView: 'MARKET',
      },
    });
    expect(subscription.status(), await subscription.text()).toBe(201);
    const { secret } = (await subscription.json()) as { secret: string };

    // 3. A member publishes a service and shows it on Ceres.
    const member = await newPerson(browser);
    await signIn(member, MEMBER.email, MEMBER.password);
    await member.goto('/offers/new');
    await expect(member.getByRole('heading', { level: 1, name: 'Publier une offre' })).toBeVisible();
    await member.getByLabel('Titre').fill(title);
    await member.getByLabel('Description').fill(`Tenue de comptabilité pour les petites associations (${suffix}).`);
    await choose(member, /Catégorie/, 'Véhicules et remorques');
    await choose(member, /Type d'échange/, 'Prestation');
    await member.getByLabel('Prix en euros, hors taxes').fill('45');
    await choose(member, /Unité du prix/, "À l'heure");
    await tick(member.getByRole('checkbox', { name: 'Montrer cette offre sur Ceres' }));
    await member.getByRole('radio', { name: 'À distance' }).check({ force: true });
    await member.getByRole('button', { name: 'Enregistrer et publier' }).click();
    await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(member.getByText('Annonce publiée : elle est maintenant dans le catalogue.')).toBeVisible();
    await expect(member.getByText('Visible sur Ceres')).toBeVisible();
    const offerId = new URL(member.url()).pathname.split('/').pop()!;
    await member.close();

    // The organisation's SIRET, which keys the offer for Ceres.
    const memberToken = await apiToken(request, MEMBER.email, MEMBER.password);
    const meResponse = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${memberToken}` } });
    const organisationId = ((await meResponse.json()) as { organisation: { id: string } }).organisation.id;
    const organisation = await request.get(`/api/v1/organisations/${organisationId}`, {
      headers: { Authorization: `Bearer ${memberToken}` },
    });
    const siret = ((await organisation.json()) as { siret: string | null }).siret;
    expect(siret, 'the demo organisation has a SIRET').toMatch(/^\d{14}$/);

    // 4. Ceres's sync has the offer, keyed by the SIRET.
    await expect
      .poll(async () => (await marketOffers(request, token)).get(offerId)?.organisation.siret ?? null, {
        message: 'the offer in the market-offers sync',
        timeout: 60_000,
      })
      .toBe(siret);

    // 5. And its receiver got the signed "offer.published".
    const published = () =>
      receiver.deliveries.find((delivery) => {
        const event = JSON.parse(delivery.body) as WebhookEvent;
        return event.type === 'offer.published' && event.data?.id === offerId;
      });
    await expect.poll(() => published() !== undefined, { message: 'the offer.published webhook', timeout: 60_000 }).toBe(true);
    const delivery = published()!;
    expect(delivery.headers['content-type']).toMatch(/application\/json/);
    expect(signatureHolds(delivery.headers['elbasar-signature'], delivery.body, secret), 'the signature').toBe(true);
    expect(signatureHolds(delivery.headers['elbasar-signature'], delivery.body, `${secret}x`)).toBe(false);
    const event = JSON.parse(delivery.body) as WebhookEvent;
    expect(event.subjectId).toBe(offerId);
    expect(delivery.headers['elbasar-event-type']).toBe('offer.published');
  } finally {
    await receiver.close();
  }
});
