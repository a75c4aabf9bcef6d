import { createContext, useContext } from 'react';

/**
 * "Today" for status and overdue rules. Injectable so tests pin the date without fake timers
 * (which would also freeze msw and TanStack Query).
 */
export const ClockContext = createContext<() => Date>(() => new Date());

export function useToday(): Date {
  return useContext(ClockContext)();
}
