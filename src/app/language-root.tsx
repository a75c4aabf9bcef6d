import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useAppConfig } from '../config/config-context';
import { LanguageContext, type Language } from '../i18n/language';

/** Provides the URL's language (or the deployment default) and keeps `<html lang>` in step. */
export function LanguageRoot({ language }: { language: Language | undefined }) {
  const { defaultLanguage } = useAppConfig();
  const active = language ?? defaultLanguage;
  useEffect(() => {
    document.documentElement.lang = active;
  }, [active]);
  return (
    <LanguageContext.Provider value={active}>
      <Outlet />
    </LanguageContext.Provider>
  );
}
