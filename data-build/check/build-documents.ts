/**
 * The documents data:build writes beside the data API: build-report.json and changes.json.
 * Both are optional (a hand-made dataset has neither); when present they must follow their schema.
 */
import { formatPath } from '../../src/contract/problems.ts';
import { buildReportDocumentSchema, changesDocumentSchema } from '../../src/contract/schemas.ts';
import type { CheckContext, RawDocument } from './types.ts';

export const BUILD_DOCUMENT_NAMES = { buildReport: 'build-report.json', changes: 'changes.json' } as const;

export function checkBuildDocument(ctx: CheckContext, name: string, raw: RawDocument): void {
  const schema = name === BUILD_DOCUMENT_NAMES.changes ? changesDocumentSchema : buildReportDocumentSchema;
  const result = schema.safeParse(raw.json);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 5)) ctx.add('error', name, formatPath(issue.path), issue.message);
  }
}
