/**
 * The access token lives in memory only (never in storage, so an XSS cannot
 * lift it for later); the httpOnly refresh cookie restores it on reload.
 */
export type SessionStatus = 'unknown' | 'signedIn' | 'signedOut';

type Listener = () => void;

let accessToken: string | null = null;
let status: SessionStatus = 'unknown';
const listeners = new Set<Listener>();

function notify() {
  listeners.forEach((listener) => listener());
}

export const tokenStore = {
  getToken: () => accessToken,
  getStatus: () => status,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(token: string) {
    accessToken = token;
    status = 'signedIn';
    notify();
  },
  clear() {
    accessToken = null;
    status = 'signedOut';
    notify();
  },
};
