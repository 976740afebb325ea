import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * What the page that led here has to say (it navigated with `state: { notice }`): a form's
 * "saved", for instance. Said once: the state is cleared, so a reload does not say it again.
 */
export function useArrivalNotice<N extends string>(): N | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = (location.state as { notice?: N } | null)?.notice;
  useEffect(() => {
    if (notice) void navigate(location.pathname, { replace: true, state: null });
  }, [notice, navigate, location.pathname]);
  return notice;
}
