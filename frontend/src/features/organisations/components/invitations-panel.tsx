import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { LoadError, Loading } from '@/components/query-state';
import { FormSelect } from '@/components/select';
import { FormTextField } from '@/components/text-field';
import { PERSON_ROLES, type PersonRole } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { fieldPaths, useServerErrors } from '@/lib/forms';
import { useInvitations, useInvite, useRevokeInvitation } from '../api/people';

const DEFAULTS = { email: '', role: 'MEMBER' as PersonRole };
const FIELDS = fieldPaths(DEFAULTS);

export function InvitationsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(organisationId);
  const revoke = useRevokeInvitation(organisationId);

  return (
    <>
      <InviteForm organisationId={organisationId} />
      <h3>{t('invitations.sent')}</h3>
      <FormAlert error={revoke.error} />
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="hint">{t('invitations.none')}</p>
      ) : (
        <ul className="person-list">
          {invitations.data.map((invitation) => (
            <li key={invitation.id} className="person-list__item">
              <div>
                <p className="person-list__name">{invitation.email}</p>
                <p className="person-list__email">
                  {t(`personRole.${invitation.role}`)} · {t(`invitationStatus.${invitation.status}`)}
                  {invitation.status === 'PENDING' &&
                    ` · ${t('invitations.expires', { date: formatDate(invitation.expiresAt) })}`}
                </p>
              </div>
              {invitation.status === 'PENDING' && (
                <Button
                  variant="secondary"
                  aria-label={t('invitations.revokeFor', { email: invitation.email })}
                  onPress={() => revoke.mutate(invitation.id)}
                >
                  {t('invitations.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () => z.object({ email: z.email(t('validation.email')), role: z.enum(PERSON_ROLES) }),
    [t],
  );
  const { control, handleSubmit, setError, reset } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const invite = useInvite(organisationId);
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    clearFormError();
    try {
      await invite.mutateAsync(values);
      reset(DEFAULTS);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form form--inline" onSubmit={onSubmit} validationBehavior="aria">
      <FormAlert error={formError} violations={unmappedViolations} />
      <FormTextField control={control} name="email" label={t('invitations.email')} type="email" />
      <FormSelect
        control={control}
        name="role"
        label={t('invitations.role')}
        options={PERSON_ROLES.map((role) => ({ id: role, name: t(`personRole.${role}`) }))}
      />
      <Button type="submit" isPending={invite.isPending}>
        {t('invitations.send')}
      </Button>
      {invite.isSuccess && (
        <p className="alert alert--success" role="status">
          {t('invitations.sentTo', { email: invite.data.email })}
        </p>
      )}
    </Form>
  );
}
