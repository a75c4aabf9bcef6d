import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useAppConfig } from '../config/config-context';
import { LanguageContext, type Language } from '../i18n/language';

/** Provides the URL's language (or the deployment default) and keeps `<html lang>` in step. */
export function LanguageRoot({ language }: { language: Language | undefined }) {
  const { defaultLanguage } = useAppConfig();
  const active = language ?? defaultLanguage;
  useEffect(() => {
    // Only when it differs: Chromium restyles the whole page for every write to `lang`, even of
    // the same value, and a prerendered page already carries the right one (issue 12).
    if (document.documentElement.lang !== active) document.documentElement.lang = active;
  }, [active]);
  return (
    <LanguageContext.Provider value={active}>
      <Outlet />
    </LanguageContext.Provider>
  );
}
