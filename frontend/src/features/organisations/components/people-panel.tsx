import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { FormAlert } from '@/components/form-alert';
import { LoadError, Loading } from '@/components/query-state';
import { Select } from '@/components/select';
import { PERSON_ROLES, type Person } from '@/lib/api/types';
import { useChangeRole, usePeople, useRemovePerson } from '../api/people';

type PeoplePanelProps = {
  organisationId: string;
  /** Admins change roles and remove people; others only see the list. */
  canManage: boolean;
  myId: string;
};

export function PeoplePanel({ organisationId, canManage, myId }: PeoplePanelProps) {
  const { t } = useTranslation();
  const people = usePeople(organisationId);
  const changeRole = useChangeRole(organisationId);
  const remove = useRemovePerson(organisationId);
  const [toRemove, setToRemove] = useState<Person | null>(null);
  const error = changeRole.error ?? remove.error;

  if (people.isPending) return <Loading />;
  if (people.isError) return <LoadError error={people.error} onRetry={() => void people.refetch()} />;

  const roleOptions = PERSON_ROLES.map((role) => ({ id: role, name: t(`personRole.${role}`) }));

  return (
    <>
      <FormAlert error={error} />
      <ul className="person-list">
        {people.data.map((person) => {
          const name = `${person.firstName} ${person.lastName}`;
          // Nobody demotes or removes themselves by mistake; another admin can.
          const editable = canManage && person.id !== myId;
          return (
            <li key={person.id} className="person-list__item">
              <div>
                <p className="person-list__name">
                  {name}
                  {person.id === myId && <span className="person-list__you"> {t('people.you')}</span>}
                </p>
                <p className="person-list__email">{person.email}</p>
              </div>
              {editable ? (
                <div className="person-list__actions">
                  <Select
                    label={t('people.roleOf', { name })}
                    value={person.role}
                    options={roleOptions}
                    onChange={(role) => {
                      remove.reset();
                      changeRole.mutate({ personId: person.id, role });
                    }}
                  />
                  <Button variant="danger" onPress={() => setToRemove(person)}>
                    {t('people.remove')}
                  </Button>
                </div>
              ) : (
                <p className="person-list__role">{t(`personRole.${person.role}`)}</p>
              )}
            </li>
          );
        })}
      </ul>
      <Dialog
        title={t('people.removeTitle')}
        isOpen={toRemove !== null}
        onOpenChange={(open) => !open && setToRemove(null)}
      >
        <p>{toRemove && t('people.removeConfirm', { name: `${toRemove.firstName} ${toRemove.lastName}` })}</p>
        <div className="dialog__actions">
          <Button variant="secondary" onPress={() => setToRemove(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            isPending={remove.isPending}
            onPress={() => {
              if (!toRemove) return;
              changeRole.reset();
              remove.mutate(toRemove.id, { onSettled: () => setToRemove(null) });
            }}
          >
            {t('people.remove')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
