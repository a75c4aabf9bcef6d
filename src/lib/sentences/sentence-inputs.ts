import { pickText } from '../../core/text';
import type { Language } from '../../i18n/language';
import type { AreaFeature, Indicator } from '../../contract/schemas';
import type { DescribeChangeInput } from './sentences';

/** What every sentence about an indicator in a district needs: names and unit in the language, decimals, direction. */
export type IndicatorSentenceBasics = Pick<DescribeChangeInput, 'language' | 'subject' | 'areaName' | 'unit' | 'decimals' | 'direction'> & {
  areaName: string;
};

/** The common inputs of describeChange and describeIndicator for an indicator in a district. */
export function indicatorSentenceBasics(
  indicator: Pick<Indicator, 'name' | 'unit' | 'decimals' | 'direction'>,
  area: { properties: Pick<AreaFeature['properties'], 'name'> },
  language: Language,
): IndicatorSentenceBasics {
  return {
    language,
    subject: pickText(indicator.name, language),
    areaName: pickText(area.properties.name, language),
    unit: pickText(indicator.unit, language),
    decimals: indicator.decimals,
    direction: indicator.direction,
  };
}
