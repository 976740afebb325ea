/**
 * Where to go after signing in. Only paths inside the app are accepted, so a
 * crafted link cannot send people to another site ("//evil.example").
 */
export function safeNextPath(next: string | null, fallback = '/') {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export function signInPath(next: string) {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Messages the sign-in page shows to people sent there after setting a password. */
export type SignInNotice = 'invitationAccepted' | 'passwordReset' | 'passwordChanged';

/** Messages the home page shows to people sent there (their account just erased). */
export type HomeNotice = 'accountErased';
