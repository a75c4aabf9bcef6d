import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useAppConfig } from '../config/config-context';
import { LanguageContext, type Language } from '../i18n/language';

/** Provides the URL's language (or the deployment default) and keeps `<html lang>` in step. */
export function LanguageRoot({ language }: { language: Language | undefined }) {
  const { defaultLanguage } = useAppConfig();
  const active = language ?? defaultLanguage;
  useEffect(() => {
    // Only when it differs: a prerendered page already carries the right one, and any write to
    // `lang`, even of the same value, invalidates the style of the whole page. That is cheap in a
    // plain page load but was a 60–175 ms task under Lighthouse's trace, on every page.
    if (document.documentElement.lang !== active) document.documentElement.lang = active;
  }, [active]);
  return (
    <LanguageContext.Provider value={active}>
      <Outlet />
    </LanguageContext.Provider>
  );
}
