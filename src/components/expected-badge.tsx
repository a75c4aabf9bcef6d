/**
 * The project's expected result ("Nås helt / delvis / inte"): a shape and the words, never
 * colour alone, and a look apart from the computed status badge so the two are never taken
 * for one another.
 */
import { expectedLabel } from '../core/assessments';
import { useLanguage, type Language } from '../i18n/language';
import type { ExpectedResult } from '../contract/schemas';
import { LineIcon } from './line-icon';
import './assessment.css';

const SHORT: Record<Language, Record<ExpectedResult, string>> = {
  sv: { fully: 'Helt', partly: 'Delvis', not: 'Inte' },
  en: { fully: 'Fully', partly: 'Partly', not: 'Not' },
};

const ICONS: Record<ExpectedResult, string> = {
  fully: 'M4 10.5l4 4 8-9',
  partly: 'M4 10h12',
  not: 'M5 5l10 10M15 5L5 15',
};

export function ExpectedBadge({ expected }: { expected: ExpectedResult }) {
  const language = useLanguage();
  return (
    <span className={`expected-badge expected-badge--${expected}`} data-expected={expected}>
      <LineIcon size={14} box={20} className="expected-badge__icon">
        <path d={ICONS[expected]} />
      </LineIcon>
      <span className="expected-badge__long">{expectedLabel(expected, language)}</span>
      {/* The printed brief has one line per cell head: there the short word stands for it. */}
      <span className="expected-badge__short" aria-hidden="true">
        {SHORT[language][expected]}
      </span>
    </span>
  );
}
