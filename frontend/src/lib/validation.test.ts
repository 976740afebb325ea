import { describe, expect, it } from 'vitest';
import { isValidSiret, isValidWebsite, normaliseWebsite } from './validation';

describe('isValidSiret', () => {
  it.each(['73282932000074', '732 829 320 00074', '35600000000048', '35600000049837'])('accepts %s', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each(['73282932000075', '7328293200007', '7328293200007a', '', '35600000049838'])('refuses %s', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
  });
});

describe('websites', () => {
  it('adds the scheme people leave out', () => {
    expect(normaliseWebsite('www.example.org')).toBe('https://www.example.org');
    expect(normaliseWebsite('http://example.org')).toBe('http://example.org');
  });

  it('refuses what is not an address', () => {
    expect(isValidWebsite('example')).toBe(false);
    expect(isValidWebsite('mon site')).toBe(false);
    expect(isValidWebsite('example.org/page')).toBe(true);
  });
});
