import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import type { CaseDetail } from '@/lib/api/types';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { formatDateTime } from '@/lib/format';
import { requiredText } from '@/lib/validation';
import { useAddNote } from '../api/hotline';

/** The API's limit on a note. */
const NOTE_MAX = 4000;
const FIELDS = fieldPaths({ text: '' });

/** What was done or said about the need, newest last, and a note to add. */
export function CaseNotes({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ text: requiredText(t, NOTE_MAX) }), [t]);
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { text: '' },
  });
  const add = useAddNote(detail.summary.requestId);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async ({ text }) => {
    clearFormError();
    try {
      await add.mutateAsync(text);
      reset({ text: '' });
      onDone(t('hotline.notes.added'));
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <section className="panel" aria-labelledby="case-notes">
      <h2 id="case-notes">{t('hotline.notes.title')}</h2>
      {detail.notes.length === 0 ? (
        <p className="hint">{t('hotline.notes.empty')}</p>
      ) : (
        <ol className="notes">
          {detail.notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note__meta">
                {note.author
                  ? t('hotline.notes.by', { name: note.author.name, date: formatDateTime(note.createdAt) })
                  : formatDateTime(note.createdAt)}
              </p>
              <p className="note__text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormTextField control={control} name="text" label={t('hotline.notes.new')} rows={3} />
        <FormAlert error={formError} violations={unmappedViolations} />
        <Button type="submit" variant="secondary" isPending={formState.isSubmitting}>
          {t('hotline.notes.add')}
        </Button>
      </Form>
    </section>
  );
}
