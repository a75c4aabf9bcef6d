import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { commonMessages } from '../components/common-messages';
import { Loading } from '../components/loading';
import { LocalizedLink, LocalizedNavLink } from '../components/localized-link';
import { MAIN_HEADING_ID } from '../components/page-heading';
import { SampleNotice } from '../components/sample-notice';
import { useAppConfig } from '../config/config-context';
import { localizePath, paths, splitLanguage } from '../config/paths';
import { formatDate } from '../i18n/format';
import { useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { pickText } from '../i18n/text';
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

export function Layout() {
  const t = useMessages(commonMessages);
  const meta = useMeta();
  const navigation = useNavigation();
  useFocusHeadingOnNavigation();
  const navItems = [
    { to: paths.start(), label: t.navStart, end: true },
    { to: paths.summary(), label: t.navSummary, end: false },
    { to: paths.indicators(), label: t.navIndicators, end: false },
    { to: paths.map(), label: t.navMap, end: false },
    { to: paths.about(), label: t.navAbout, end: false },
  ];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocalizedLink to={paths.start()} className="site-header__brand">
            {t.productName}
          </LocalizedLink>
          <nav aria-label={t.mainNavigation} className="site-nav">
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
          <LanguageSwitch />
        </div>
      </header>
      {meta.data ? <SampleNotice meta={meta.data} /> : null}
      <main id="main" tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        {/* The page stays unpainted until meta.json has answered: the sample notice that then
            appears above it would otherwise push the whole page down (layout shift, issue 12).
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
