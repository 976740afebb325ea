import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import auditEn from './lib/i18n/audit/en.json';
import auditFr from './lib/i18n/audit/fr.json';
import jobsEn from './lib/i18n/jobs/en.json';
import jobsFr from './lib/i18n/jobs/fr.json';
import en from './lib/i18n/en.json';
import eventsEn from './lib/i18n/events/en.json';
import eventsFr from './lib/i18n/events/fr.json';
import exchangesEn from './lib/i18n/exchanges/en.json';
import exchangesFr from './lib/i18n/exchanges/fr.json';
import followUpEn from './lib/i18n/follow-up/en.json';
import followUpFr from './lib/i18n/follow-up/fr.json';
import fr from './lib/i18n/fr.json';
import newsletterEn from './lib/i18n/newsletter/en.json';
import newsletterFr from './lib/i18n/newsletter/fr.json';
import partnersEn from './lib/i18n/partners/en.json';
import partnersFr from './lib/i18n/partners/fr.json';

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(file: string) {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]);
}

function featureOf(path: string) {
  const parts = relative(SRC, path).split(sep);
  return parts[0] === 'features' ? parts[1] : null;
}

function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('architecture', () => {
  it('keeps features independent: they import shared code, never each other', () => {
    const crossings = sourceFiles(join(SRC, 'features')).flatMap((file) => {
      const feature = featureOf(file);
      return imports(file)
        .map((target) => target.match(/^@\/features\/([^/]+)/)?.[1] ?? featureOf(join(file, '..', target)))
        .filter((target) => target !== null && target !== undefined && target !== feature)
        .map((target) => `${relative(SRC, file)} → features/${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('keeps shared code free of features (only the app assembles them)', () => {
    const shared = ['components', 'lib'].flatMap((dir) => sourceFiles(join(SRC, dir)));
    const offenders = shared.filter((file) => imports(file).some((target) => target.startsWith('@/features/')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const badNames = sourceFiles(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => file.split(sep).some((part) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(part)));
    expect(badNames.filter((file) => !file.includes('__tests__'))).toEqual([]);
  });

  it('has every French text in English too, and nothing more', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    // Texts loaded with their pages (exchanges and impact, follow-up links, events, newsletter, partners, audit log, jobs).
    expect(keys(exchangesEn).sort()).toEqual(keys(exchangesFr).sort());
    expect(keys(followUpEn).sort()).toEqual(keys(followUpFr).sort());
    expect(keys(eventsEn).sort()).toEqual(keys(eventsFr).sort());
    expect(keys(newsletterEn).sort()).toEqual(keys(newsletterFr).sort());
    expect(keys(partnersEn).sort()).toEqual(keys(partnersFr).sort());
    expect(keys(auditEn).sort()).toEqual(keys(auditFr).sort());
    expect(keys(jobsEn).sort()).toEqual(keys(jobsFr).sort());
  });
});
