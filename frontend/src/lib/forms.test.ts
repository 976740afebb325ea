import { describe, expect, it } from 'vitest';
import { fieldPaths, formFieldFor } from './forms';

const fields = fieldPaths({
  person: { email: '', password: '' },
  organisation: { siret: '', sectorCodes: [], commune: undefined },
  acceptCharter: false,
});

describe('server violations', () => {
  it('lists every field of a nested form', () => {
    expect(fields).toEqual([
      'person.email',
      'person.password',
      'organisation.siret',
      'organisation.sectorCodes',
      'organisation.commune',
      'acceptCharter',
    ]);
  });

  it('finds the field a JSON path names, array items included', () => {
    expect(formFieldFor('organisation.siret', fields)).toBe('organisation.siret');
    expect(formFieldFor('organisation.sectorCodes[1]', fields)).toBe('organisation.sectorCodes');
  });

  it('applies the prefix and the aliases of the form', () => {
    const mapping = { prefix: 'organisation.', aliases: { 'organisation.communeId': 'organisation.commune' } };
    expect(formFieldFor('communeId', fields, mapping)).toBe('organisation.commune');
    expect(formFieldFor('siret', fields, mapping)).toBe('organisation.siret');
  });

  it('leaves unknown fields to the form-level message', () => {
    expect(formFieldFor('charterVersion', fields)).toBeUndefined();
  });
});
