import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '@/lib/api/types';
import { useSession } from '@/lib/auth/auth-provider';
import { AccountBadge } from './account-menu-badge';

/**
 * The signed-in person's menu: their account, their organisation, sign-out. Its code (react-aria's
 * menus and popovers) loads with the first signed-in screen, not with the initial bundle that every
 * visitor downloads (src/app/app-shell.tsx).
 */
export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();

  const signOut = async () => {
    await session.signOut();
    void navigate('/');
  };

  return (
    <MenuTrigger>
      <AriaButton className="account-button" aria-label={t('shell.accountMenu', { name: me.firstName })}>
        <AccountBadge me={me} />
      </AriaButton>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label={t('shell.accountMenu', { name: me.firstName })}>
          <MenuItem className="menu__item" href="/account">
            {t('nav.account')}
          </MenuItem>
          {me.organisation && (
            <MenuItem className="menu__item" href="/my-organisation">
              {t('nav.myOrganisation')}
            </MenuItem>
          )}
          <Separator className="menu__separator" />
          <MenuItem className="menu__item" onAction={() => void signOut()}>
            {t('nav.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
