import type { PartnerClient, PartnerCredentials } from '@/lib/api/types';

export const CERES_ID = '0d6f8a52-3b1e-4c7a-9f10-6b2c8e4d1a01';

export function partnerClient(overrides: Partial<PartnerClient> = {}): PartnerClient {
  return {
    id: CERES_ID,
    name: 'Ceres',
    contactEmail: 'tech@ceres.example',
    scopes: ['catalog:read', 'webhooks:manage'],
    requestsPerMinute: 120,
    active: true,
    createdAt: '2026-11-02T09:00:00Z',
    secretRotatedAt: null,
    usage: { lastHour: 42, last24Hours: 1250, refusedLast24Hours: 3 },
    version: 2,
    ...overrides,
  };
}

export function credentials(client: PartnerClient, secret = 'pcs_9f8e7d6c5b4a39281706f5e4d3c2b1a0'): PartnerCredentials {
  return { clientId: client.id, clientSecret: secret, client };
}
