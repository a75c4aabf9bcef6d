import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { useAppConfig } from '../config/config-context';
import { useLanguage } from '../i18n/language';
import { localizePath } from '../core/paths';

/** Turns an app path into the URL for the active language. */
export function useLocalizedPath(): (path: string) => string {
  const language = useLanguage();
  const { defaultLanguage } = useAppConfig();
  return (path: string) => localizePath(path, language, defaultLanguage);
}

type LocalizedLinkProps = Omit<LinkProps, 'to'> & { to: string };

/** A router link to an app path (from `paths`) in the active language. */
export function LocalizedLink({ to, ...props }: LocalizedLinkProps) {
  const localize = useLocalizedPath();
  return <Link to={localize(to)} {...props} />;
}

type LocalizedNavLinkProps = Omit<NavLinkProps, 'to'> & { to: string };

export function LocalizedNavLink({ to, ...props }: LocalizedNavLinkProps) {
  const localize = useLocalizedPath();
  return <NavLink to={localize(to)} {...props} />;
}
