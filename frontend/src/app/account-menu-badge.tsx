import type { Me } from '@/lib/api/types';

/** The signed-in person's initial and first name, on the menu's button and its stand-in. */
export function AccountBadge({ me }: { me: Me }) {
  return (
    <>
      <span aria-hidden="true" className="account-button__avatar">
        {me.firstName.charAt(0).toUpperCase()}
      </span>
      <span className="account-button__name">{me.firstName}</span>
    </>
  );
}
