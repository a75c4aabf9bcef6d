/**
 * The header's sign-in area for project leads: nothing when the deployment has no
 * internal base; a discreet sign-in link for anonymous visitors; who is signed in and a sign-out
 * button otherwise; and a short notice when the internal base cannot be read.
 */
import { useLocation } from 'react-router';
import { internalMessages } from '../../components/internal-messages';
import { useAppConfig } from '../../config/config-context';
import { useMessages } from '../../i18n/messages';
import { signInHref, useInternalAccess, useInternalCatalogue, useSignOut } from '../../lib/api/internal-access';
import '../../components/internal.css';

export function AccountMenu() {
  const t = useMessages(internalMessages);
  const access = useInternalAccess();
  const { signInUrl } = useAppConfig();
  const signOut = useSignOut();
  // Re-render on navigation, so the return address is the current page.
  useLocation();
  if (access.status === 'off' || access.status === 'checking') return null;
  if (access.status === 'signed-in') {
    return (
      <div className="account" role="group" aria-label={t.accountRegion}>
        <span className="account__user">{access.user ? t.signedInAs(access.user) : t.signedInAnonymous}</span>
        <button type="button" className="account__signout" onClick={() => void signOut()}>
          {t.signOut}
        </button>
      </div>
    );
  }
  if (!signInUrl) return null;
  const returnTo = `${window.location.pathname}${window.location.search}`;
  return (
    <div className="account">
      <a className="account__signin" href={signInHref(signInUrl, returnTo)}>
        {t.signIn}
      </a>
    </div>
  );
}

/** Under the header: the internal base could not be read (the public site works regardless). */
export function InternalUnavailableNotice() {
  const t = useMessages(internalMessages);
  const internal = useInternalCatalogue();
  const failed = internal.access.status === 'unavailable' || (internal.access.status === 'signed-in' && internal.error !== null);
  if (!failed) return null;
  return (
    <p className="internal-notice" role="status">
      {t.unavailable}
    </p>
  );
}
