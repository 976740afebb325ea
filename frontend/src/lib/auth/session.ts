import { tokenStore } from './token-store';

export type AccessToken = { accessToken: string; expiresIn: number };

export const AUTH_PATH = '/api/v1/auth';

/** Renew a minute before expiry so a request never leaves with a stale token. */
const RENEW_MARGIN_SECONDS = 60;
const MIN_RENEW_DELAY_SECONDS = 10;

let renewTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<string | null> | null = null;

export function startSession({ accessToken, expiresIn }: AccessToken) {
  clearTimeout(renewTimer);
  const delay = Math.max(expiresIn - RENEW_MARGIN_SECONDS, MIN_RENEW_DELAY_SECONDS);
  renewTimer = setTimeout(() => void refreshAccessToken(), delay * 1000);
  tokenStore.set(accessToken);
}

export function endSession() {
  clearTimeout(renewTimer);
  tokenStore.clear();
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers
 * (several requests hitting 401 together) share one request, because the
 * server rotates the refresh cookie and a second call would be refused.
 */
export function refreshAccessToken(): Promise<string | null> {
  inFlight ??= fetch(`${window.location.origin}${AUTH_PATH}/refresh`, {
    method: 'POST',
    credentials: 'include',
  })
    .then(async (response) => {
      if (!response.ok) {
        endSession();
        return null;
      }
      const token = (await response.json()) as AccessToken;
      startSession(token);
      return token.accessToken;
    })
    .catch(() => {
      endSession();
      return null;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export async function signOutOnServer() {
  try {
    await fetch(`${window.location.origin}${AUTH_PATH}/logout`, {
      method: 'POST',
      credentials: 'include',
    });
  } finally {
    endSession();
  }
}
