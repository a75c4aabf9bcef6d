import { useId } from 'react';
import { assessmentMessages } from '../../../components/assessment-messages';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { ResponsibleOption } from '../utils/responsible';

/** The catalogue's "Ansvarig / Responsible" select; absent when no target names an organisation. */
export function ResponsibleFilter({
  options,
  value,
  onChange,
}: {
  options: ReadonlyArray<ResponsibleOption>;
  value: string | undefined;
  onChange: (key: string | undefined) => void;
}) {
  const t = useMessages(assessmentMessages);
  const language = useLanguage();
  const id = useId();
  if (options.length === 0 && !value) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t.filterResponsible}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t.filterResponsibleAll}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {pickText(option.text, language)}
          </option>
        ))}
        {/* A link naming an organisation no longer in the data still shows what it asks for. */}
        {value && !options.some((option) => option.key === value) ? <option value={value}>{value}</option> : null}
      </select>
    </div>
  );
}
