import { createContext, useContext } from 'react';
import type { AppConfig } from '../contract/schemas';

export const ConfigContext = createContext<AppConfig | null>(null);

export function useAppConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useAppConfig must be used inside <ConfigContext.Provider>');
  return config;
}
