import type { TFunction } from 'i18next';
import { z } from 'zod';

/** Minimum length the API enforces on passwords. */
export const PASSWORD_MIN_LENGTH = 12;

export function normaliseSiret(value: string) {
  return value.replace(/\s+/g, '');
}

/** La Poste's establishments share one SIREN and use a digit sum divisible by 5 instead. */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** A SIRET is 14 digits whose Luhn checksum is a multiple of 10 (the API checks the same way). */
export function isValidSiret(value: string) {
  const siret = normaliseSiret(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) {
    return [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < siret.length; i += 1) {
    let digit = Number(siret[siret.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Splits a textarea into trimmed, non-empty lines. */
export function lines(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Optional text fields are sent as absent rather than as empty strings. */
export function optional(text: string | undefined) {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** People type "www.example.org"; the API wants an absolute URL. */
export function normaliseWebsite(value: string) {
  const trimmed = value.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function isValidWebsite(value: string) {
  try {
    // Not URL.parse: older phones' browsers lack it.
    return new URL(normaliseWebsite(value)).hostname.includes('.');
  } catch {
    return false;
  }
}

/** A text people must write: trimmed, not empty, at most `max` characters (the API's limit). */
export function requiredText(t: TFunction, max: number) {
  return z
    .string()
    .trim()
    .min(1, t('validation.required'))
    .max(max, t('validation.maxLength', { count: max }));
}
