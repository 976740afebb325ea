import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '@/lib/auth/auth-provider';

/** The events' pages: the agenda, one's own registrations and events, and (animators) the proposals. */
export function EventsNav() {
  const { t: tx } = useTranslation('events');
  const session = useSession();
  if (session.status !== 'signedIn') return null;
  return (
    <nav className="tabs" aria-label={tx('nav.label')}>
      <ul className="tabs__list">
        <li>
          <NavLink to="/events" end className="tabs__link">
            {tx('nav.agenda')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/events/mine" className="tabs__link">
            {tx('nav.mine')}
          </NavLink>
        </li>
        {session.hasRole('ANIMATOR', 'ADMIN') && (
          <li>
            <NavLink to="/events/proposed" className="tabs__link">
              {tx('nav.proposed')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
