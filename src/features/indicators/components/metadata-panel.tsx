import { useMemo } from 'react';
import { formatValue } from '../../../core/format';
import { useLanguage, type Language } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { pickText } from '../../../core/text';
import type { Goal, Indicator } from '../../../contract/schemas';
import { nextExpectedUpdate, periodGranularity } from '../../../core/periods';
import { latestValue } from '../../../core/status';
import { indicatorsMessages, vocabularyMessages } from '../indicators-messages';
import { metadataMessages } from '../metadata-messages';
import { formatIndicatorPeriod } from '../utils/format';
import type { SeriesInfo } from '../utils/describe-series';

/** The period after `latestPeriod`, in the same form ("2025" → "2026", "2025-07" quarterly → "2025-10"). */
export function nextPeriod(latestPeriod: string, frequency: Indicator['frequency']): string {
  const next = nextExpectedUpdate(latestPeriod, frequency).toISOString();
  const granularity = periodGranularity(latestPeriod);
  return next.slice(0, granularity === 'year' ? 4 : granularity === 'month' ? 7 : 10);
}

function goalLine(goal: Goal, indicator: Indicator, areaNames: ReadonlyMap<string, string>, language: Language, t: (typeof indicatorsMessages)['sv']): string {
  const unit = pickText(indicator.unit, language);
  const targets = goal.targets
    .filter((target) => target.indicatorId === indicator.id)
    .map(
      (target) =>
        `${areaNames.get(target.areaId) ?? target.areaId}: ${t.targetBy(formatValue(target.target.value, language, indicator.decimals, unit), formatIndicatorPeriod(target.target.period, indicator.frequency, language))}`,
    );
  return `${pickText(goal.title, language)} (${targets.join('; ')})`;
}

interface MetadataPanelProps {
  indicator: Indicator;
  series: ReadonlyArray<SeriesInfo>;
  goals: ReadonlyArray<Goal>;
  areaNames: ReadonlyMap<string, string>;
}

/** Definition, unit, direction, method, source, frequency, last value and next expected value (OWID's "sources", Open SDG's metadata tab). */
export function MetadataPanel({ indicator, series, goals, areaNames }: MetadataPanelProps) {
  const t = useMessages(metadataMessages);
  const shared = useMessages(indicatorsMessages);
  const vocabulary = useMessages(vocabularyMessages);
  const language = useLanguage();
  const latest = useMemo(() => latestValue(series.flatMap((item) => item.points)), [series]);
  const notGiven = <span className="muted">{t.metaNotGiven}</span>;
  return (
    <dl className="facts metadata">
      <dt>{t.metaDefinition}</dt>
      <dd>{pickText(indicator.description, language) || notGiven}</dd>
      <dt>{t.metaUnit}</dt>
      <dd>{pickText(indicator.unit, language)}</dd>
      <dt>{t.metaDirection}</dt>
      <dd>{indicator.direction === 'decrease' ? t.directionDecrease : t.directionIncrease}</dd>
      <dt>{t.metaMethod}</dt>
      <dd>{pickText(indicator.methodology, language) || notGiven}</dd>
      <dt>{t.metaSource}</dt>
      <dd>{indicator.source.url ? <a href={indicator.source.url}>{indicator.source.name}</a> : indicator.source.name}</dd>
      <dt>{t.metaFrequency}</dt>
      <dd>{vocabulary[indicator.frequency]}</dd>
      <dt>{t.metaLastValue}</dt>
      <dd>{latest ? formatIndicatorPeriod(latest.period, indicator.frequency, language) : notGiven}</dd>
      <dt>{t.metaNextUpdate}</dt>
      <dd>{latest ? formatIndicatorPeriod(nextPeriod(latest.period, indicator.frequency), indicator.frequency, language) : notGiven}</dd>
      {goals.length > 0 ? (
        <>
          <dt>{t.metaGoals}</dt>
          <dd>
            <ul className="metadata__goals">
              {goals.map((goal) => (
                <li key={goal.id}>{goalLine(goal, indicator, areaNames, language, shared)}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
