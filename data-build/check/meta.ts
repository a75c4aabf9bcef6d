/** meta.json: the envelope and fields, a sample without a note, and a missing contact. */
import { DOCUMENT_NAMES, parseMeta } from '../../src/contract/documents.ts';
import type { Meta } from '../../src/contract/schemas.ts';
import type { CheckContext, RawDocument } from './types.ts';

export function checkMeta(ctx: CheckContext, raw: RawDocument): Meta | undefined {
  const meta = ctx.parse(DOCUMENT_NAMES.meta, () => parseMeta(raw.json));
  if (meta?.isSample && meta.sampleNote === undefined) {
    ctx.add('warning', DOCUMENT_NAMES.meta, 'sampleNote', 'isSample is true but there is no sampleNote saying what is illustrative');
  }
  if (meta && meta.contact === undefined) {
    ctx.add(
      'warning',
      DOCUMENT_NAMES.meta,
      'contact',
      'there is no contact (email or url) where readers can report problems; public-sector websites must give one',
    );
  }
  ctx.checkTexts(DOCUMENT_NAMES.meta, raw.json);
  return meta;
}
