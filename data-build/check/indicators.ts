/** indicators.json: records; in a public dataset, no internal indicator. */
import { DOCUMENT_NAMES, parseIndicators } from '../../src/contract/documents.ts';
import type { Indicator } from '../../src/contract/schemas.ts';
import { rawIndex, type Audience, type CheckContext, type RawDocument } from './types.ts';
import { type JsonObject } from '../../src/contract/json.ts';

export function checkIndicators(ctx: CheckContext, raw: RawDocument, audience: Audience): Indicator[] | undefined {
  const parsed = ctx.parse(DOCUMENT_NAMES.indicators, () => parseIndicators(raw.json));
  if (!parsed) return undefined;
  ctx.addAll(parsed.problems);
  ctx.checkTexts(DOCUMENT_NAMES.indicators, raw.json);
  if (audience === 'public') {
    const rawList = (raw.json as JsonObject).indicators;
    for (const indicator of parsed.data) {
      if (indicator.visibility !== 'internal') continue;
      const index = rawIndex(rawList, (item) => item.id === indicator.id);
      ctx.add(
        'error',
        DOCUMENT_NAMES.indicators,
        `indicators[${index}].visibility`,
        `would publish internal indicator "${indicator.id}": a public dataset must not hold internal indicators (data:build writes them to --internal-out)`,
        indicator.id,
      );
    }
  }
  return parsed.data;
}
