import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import { CASE_STATUSES, type CaseDetail, type CaseUpdate, type PersonRef } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { optional } from '@/lib/validation';
import { useHotlineStaff, useUpdateCase } from '../api/hotline';

/** The "nobody" choice of the assignee. */
const NOBODY = 'nobody';

const DEFAULTS = { status: 'NEW', assignee: NOBODY, dueOn: '' };
const FIELDS = fieldPaths(DEFAULTS);
const MAPPING = { aliases: { assigneeId: 'assignee' } };

function formFrom(detail: CaseDetail) {
  return {
    status: detail.summary.status,
    assignee: detail.summary.assignee?.id ?? NOBODY,
    dueOn: detail.summary.dueOn ?? '',
  };
}

/**
 * Who may handle the need: the signed-in animator first, then the rest of the staff, then
 * nobody. Whoever handles it now stays a choice, even when no longer on the staff; until
 * the staff has loaded (or if it cannot), the animator can still take the need or leave it.
 */
function useAssignees(current: PersonRef | null) {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = useHotlineStaff();
  const people = [...(staff.data ?? []), ...(current ? [current] : [])];
  const others = people.filter(
    (person, index) => person.id !== me?.id && people.findIndex((other) => other.id === person.id) === index,
  );
  return [
    ...(me ? [{ id: me.id, name: t('hotline.editor.me', { name: `${me.firstName} ${me.lastName}` }) }] : []),
    ...others.map(({ id, name }) => ({ id, name })),
    { id: NOBODY, name: t('hotline.editor.nobody') },
  ];
}

/** Status, who handles the need, by when. */
export function CaseEditor({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const assignees = useAssignees(detail.summary.assignee);
  const schema = useMemo(
    () => z.object({ status: z.enum(CASE_STATUSES), assignee: z.string(), dueOn: z.string() }),
    [],
  );
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: formFrom(detail),
  });
  const update = useUpdateCase(detail.summary.requestId);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS, MAPPING);

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    const body: CaseUpdate = {
      status: values.status,
      assigneeId: values.assignee === NOBODY ? undefined : values.assignee,
      dueOn: optional(values.dueOn),
    };
    try {
      const saved = await update.mutateAsync(body);
      reset(formFrom(saved));
      onDone(t('hotline.editor.saved'));
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <section className="panel" aria-labelledby="case-editor">
      <h2 id="case-editor">{t('hotline.editor.title')}</h2>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <FormSelect
          control={control}
          name="status"
          label={t('hotline.editor.status')}
          options={CASE_STATUSES.map((status) => ({ id: status, name: t(`caseStatus.${status}`) }))}
        />
        <FormSelect control={control} name="assignee" label={t('hotline.editor.assignee')} options={assignees} />
        <FormTextField control={control} name="dueOn" type="date" label={t('hotline.editor.dueOn')} optional />
        <FormAlert error={formError} violations={unmappedViolations} />
        <Button type="submit" isPending={formState.isSubmitting}>
          {t('hotline.editor.save')}
        </Button>
      </Form>
    </section>
  );
}
