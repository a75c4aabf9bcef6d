import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { commonMessages } from '../components/common-messages';
import { DatasetAlternateLink } from '../components/dataset-alternate-link';
import { Loading } from '../components/loading';
import { LocalizedLink, LocalizedNavLink } from '../components/localized-link';
import { MAIN_HEADING_ID } from '../components/page-heading';
import { SampleNotice } from '../components/sample-notice';
import { AccountMenu, InternalUnavailableNotice } from '../features/auth/account-menu';
import { FeedHeadLink } from '../features/changes/feed-head-link';
import { useAppConfig } from '../config/config-context';
import { localizePath, paths, splitLanguage } from '../core/paths';
import { formatDate } from '../core/format';
import { useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { pickText } from '../core/text';
import { useMeta } from '../lib/api/hooks';

/** Moves focus to the new page's h1 after client-side navigation (not on the first load). */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    let frames = 0;
    let handle = 0;
    // The heading of a lazy page appears a few frames later; look for it for up to ~2 s.
    const tryFocus = () => {
      const heading = document.getElementById(MAIN_HEADING_ID);
      if (heading) {
        heading.focus();
        return;
      }
      if (frames++ < 120) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [pathname]);
}

function LanguageSwitch() {
  const t = useMessages(commonMessages);
  const language = useLanguage();
  const { defaultLanguage } = useAppConfig();
  const location = useLocation();
  const other: Language = language === 'sv' ? 'en' : 'sv';
  const { path } = splitLanguage(location.pathname);
  const target = `${localizePath(path, other, defaultLanguage)}${location.search}${location.hash}`;
  return (
    // The visible name is the accessible name (WCAG 2.5.3), in its own language.
    <Link className="language-switch" to={target} lang={other} hrefLang={other} title={t.otherLanguageHint}>
      {t.otherLanguageName}
    </Link>
  );
}

function Footer() {
  const t = useMessages(commonMessages);
  const language = useLanguage();
  const meta = useMeta();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {meta.data ? (
          <p>
            {t.footerData}: {meta.data.publisher.name} · {t.footerLicence}:{' '}
            {meta.data.licence.url ? <a href={meta.data.licence.url}>{meta.data.licence.name}</a> : meta.data.licence.name} · {t.footerUpdated}{' '}
            <time dateTime={meta.data.updated}>{formatDate(meta.data.updated, language)}</time>
          </p>
        ) : null}
        <p>
          <LocalizedLink to={paths.about()}>{t.footerAbout}</LocalizedLink>
        </p>
        {meta.data ? <p className="site-footer__title">{pickText(meta.data.title, language)}</p> : null}
      </div>
    </footer>
  );
}

/**
 * The phone menu's state: closed on every new page and with Escape (which returns focus to the
 * button). On wider screens the button is hidden by CSS and the navigation always shows.
 */
function useMenu() {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { open, toggle, buttonRef };
}

export function Layout() {
  const t = useMessages(commonMessages);
  const meta = useMeta();
  const navigation = useNavigation();
  const { open: menuOpen, toggle: toggleMenu, buttonRef: menuButtonRef } = useMenu();
  useFocusHeadingOnNavigation();
  const navItems = [
    { to: paths.start(), label: t.navStart, end: true },
    { to: paths.summary(), label: t.navSummary, end: false },
    { to: paths.indicators(), label: t.navIndicators, end: false },
    { to: paths.map(), label: t.navMap, end: false },
    { to: paths.changes(), label: t.navChanges, end: false },
    { to: paths.about(), label: t.navAbout, end: false },
  ];
  return (
    <div className="app">
      <FeedHeadLink />
      <DatasetAlternateLink />
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocalizedLink to={paths.start()} className="site-header__brand">
            {t.productName}
          </LocalizedLink>
          {/* Phones: one compact row (brand, menu, language); the navigation folds behind the button. */}
          <button ref={menuButtonRef} type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="site-nav" onClick={toggleMenu}>
            <svg className="menu-button__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
              <path d={menuOpen ? 'M5 5l10 10M15 5L5 15' : 'M3 5h14M3 10h14M3 15h14'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {/* Icon only: brand, menu and language must share one 358 px row; the name stays "Meny". */}
            <span className="visually-hidden">{t.menuButton}</span>
          </button>
          <nav id="site-nav" aria-label={t.mainNavigation} className="site-nav" data-open={menuOpen ? '' : undefined}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <LocalizedNavLink to={item.to} end={item.end}>
                    {item.label}
                  </LocalizedNavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <InternalUnavailableNotice />
      {meta.data ? <SampleNotice meta={meta.data} /> : null}
      <main id="main" tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        {/* The page stays unpainted until meta.json has answered: the sample notice that then
            appears above it would otherwise push the whole page down (layout shift).
            meta.json is preloaded by index.html, so this rarely waits; the page mounts at once
            either way, so its own documents are requested in parallel. */}
        <div className="site-main__page" style={{ display: meta.isPending ? 'none' : 'contents' }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <Footer />
    </div>
  );
}
