import { domainMessages } from '../../components/domain-messages';
import { useMessages } from '../../i18n/messages';
import type { Domain } from '../../contract/schemas';
import type { ComparisonMode } from './comparison';
import { summaryMessages } from './summary-messages';
import { COMPARISON_MODES, DOMAINS, type SummaryState } from './url-state';

export function useComparisonLabels(): Record<ComparisonMode, string> {
  const t = useMessages(summaryMessages);
  return { absolute: t.compareAbsolute, 'per-resident': t.comparePerResident, 'per-m2': t.comparePerM2 };
}

/**
 * The summary's choices as real form controls (a select and a radio group), and the print
 * button. Every change goes to the URL. Hidden in print (`no-print`); the brief states the
 * choices in words instead.
 */
export function SummaryControls({ state, onChange }: { state: SummaryState; onChange: (patch: Partial<SummaryState>) => void }) {
  const t = useMessages(summaryMessages);
  const domains = useMessages(domainMessages);
  const modeLabels = useComparisonLabels();
  return (
    <form className="summary-controls no-print" aria-label={t.choicesLabel} onSubmit={(event) => event.preventDefault()}>
      <div className="summary-controls__field">
        <label htmlFor="summary-domain">{t.domainLabel}</label>
        <select
          id="summary-domain"
          value={state.domain ?? ''}
          onChange={(event) => onChange({ domain: event.target.value === '' ? undefined : (event.target.value as Domain) })}
        >
          <option value="">{t.domainAll}</option>
          {DOMAINS.map((domain) => (
            <option key={domain} value={domain}>
              {domains[domain]}
            </option>
          ))}
        </select>
      </div>
      <div className="summary-controls__field">
        <label htmlFor="summary-order">{t.orderLabel}</label>
        <select
          id="summary-order"
          value={state.order ?? ''}
          onChange={(event) => onChange({ order: event.target.value === 'behind-first' ? 'behind-first' : undefined })}
        >
          <option value="">{t.orderGoals}</option>
          <option value="behind-first">{t.orderBehindFirst}</option>
        </select>
      </div>
      <label className="summary-controls__check">
        <input type="checkbox" checked={state.show === 'behind'} onChange={(event) => onChange({ show: event.target.checked ? 'behind' : undefined })} />
        {t.showBehindLabel}
      </label>
      <fieldset className="summary-controls__compare">
        <legend>{t.compareLegend}</legend>
        {COMPARISON_MODES.map((mode) => (
          <label key={mode} className="summary-controls__radio">
            <input type="radio" name="summary-compare" value={mode} checked={state.compare === mode} onChange={() => onChange({ compare: mode })} />
            {modeLabels[mode]}
          </label>
        ))}
      </fieldset>
      <div className="summary-controls__print">
        <button type="button" className="button" onClick={() => window.print()} aria-describedby="summary-print-hint">
          {t.print}
        </button>
        <span id="summary-print-hint" className="muted summary-controls__hint">
          {t.printHint}
        </span>
      </div>
    </form>
  );
}
