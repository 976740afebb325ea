import { useCallback, useState } from 'react';
import type { Control, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isProblemError, type Violation } from '@/lib/api/problem';

/** Dotted paths of every leaf of a form's default values ('person.email'…). */
export function fieldPaths(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const isGroup = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isGroup ? fieldPaths(value, `${path}.`) : [path];
  });
}

export type ViolationMapping = {
  /** Prepended to the server's field names (the edit form nests the body under 'organisation.'). */
  prefix?: string;
  /** Server field name → form field name, where they differ ('organisation.communeId' → 'organisation.commune'). */
  aliases?: Record<string, string>;
};

/**
 * Finds the form field a server violation belongs to: 'organisation.sectorCodes[2]'
 * goes to 'organisation.sectorCodes'; returns undefined when no field matches.
 */
export function formFieldFor(field: string, fields: readonly string[], mapping: ViolationMapping = {}) {
  const path = `${mapping.prefix ?? ''}${field.replace(/\[\d+\]/g, '')}`;
  const name = mapping.aliases?.[path] ?? path;
  return fields.includes(name) ? name : undefined;
}

/**
 * Handles a failed submission: violations naming a known field are shown on
 * that field; whatever is left is kept for the form-level alert.
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly string[],
  mapping?: ViolationMapping,
) {
  const [formError, setFormError] = useState<unknown>(null);
  const [unmapped, setUnmapped] = useState<Violation[]>([]);

  const handleError = useCallback(
    (error: unknown) => {
      const leftOver: Violation[] = [];
      if (isProblemError(error)) {
        let first = true;
        for (const violation of error.violations) {
          const name = formFieldFor(violation.field, fields, mapping);
          if (!name) {
            leftOver.push(violation);
            continue;
          }
          setError(name as Path<T>, { type: 'server', message: violation.message }, { shouldFocus: first });
          first = false;
        }
      }
      setUnmapped(leftOver);
      setFormError(error);
    },
    [setError, fields, mapping],
  );

  const clear = useCallback(() => {
    setFormError(null);
    setUnmapped([]);
  }, []);

  return { formError, unmappedViolations: unmapped, handleError, clearFormError: clear };
}

/**
 * A form's control as field components take it: they read and write input
 * values and never see the validated output type, so any output is accepted.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormControl<T extends FieldValues> = Control<T, any, any>;
