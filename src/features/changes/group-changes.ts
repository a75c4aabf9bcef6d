/**
 * The "What changed" page's list: the updates of the public changes.json and (signed in) the
 * internal one, merged by update time, newest first, filtered by district and domain.
 * A change whose indicator the viewer cannot see (an internal indicator named by an old public
 * file, or a deleted one) is left out.
 */
import type { Change, ChangesDocument, Domain, Indicator } from '../../contract/schemas';
import { parseUtcDate } from '../../core/calendar';

export interface ChangeItem {
  change: Change;
  indicator: Indicator;
  /** From the internal base's changes.json. */
  internal: boolean;
}

export interface UpdateGroup {
  updated: string;
  previousUpdated: string | undefined;
  /** Set when the update was a rollback to an earlier release. */
  restoredTo?: string | undefined;
  items: ChangeItem[];
}

export interface ChangeFilter {
  area?: string | undefined;
  domain?: Domain | undefined;
}

function time(updated: string): number {
  return parseUtcDate(updated).getTime();
}

export function groupUpdates(
  documents: { public?: ChangesDocument | undefined; internal?: ChangesDocument | undefined },
  indicators: ReadonlyArray<Indicator>,
  filter: ChangeFilter = {},
): UpdateGroup[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const groups = new Map<number, UpdateGroup>();
  const add = (document: ChangesDocument | undefined, internal: boolean) => {
    for (const update of document?.updates ?? []) {
      const key = time(update.updated);
      if (Number.isNaN(key)) continue;
      let group = groups.get(key);
      if (!group) {
        group = { updated: update.updated, previousUpdated: update.previousUpdated, restoredTo: update.restoredTo, items: [] };
        groups.set(key, group);
      }
      for (const change of update.changes) {
        const indicator = byId.get(change.indicatorId);
        if (!indicator) continue;
        if (filter.area && change.areaId !== filter.area) continue;
        if (filter.domain && indicator.domain !== filter.domain) continue;
        group.items.push({ change, indicator, internal: internal || indicator.visibility === 'internal' });
      }
    }
  };
  add(documents.public, false);
  add(documents.internal, true);
  const filtered = filter.area !== undefined || filter.domain !== undefined;
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, group]) => group)
    .filter((group) => !filtered || group.items.length > 0);
}
