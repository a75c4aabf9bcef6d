import type { ComponentProps } from 'react';
import { Loading } from '../../../components/loading';
import { useMessages } from '../../../i18n/messages';
import { onDemand, useOnDemand } from '../../../lib/lazy/on-demand';
import { indicatorsMessages } from '../indicators-messages';
import type { DataTable } from './data-table';

const dataTable = onDemand(() => import('./data-table').then((module) => module.DataTable));

/**
 * Starts loading the table's code: called when the reader points at or focuses the tabs, so the
 * table is usually there by the time its tab is chosen.
 */
export function prepareDataTable(): void {
  dataTable.load().catch(() => undefined);
}

/**
 * The values table, loaded when first shown: a prerendered page opens on the chart,
 * so the table's code is not needed to draw or take over the page.
 */
export function LazyDataTable(props: ComponentProps<typeof DataTable>) {
  const t = useMessages(indicatorsMessages);
  const { value: LoadedTable, failed } = useOnDemand(dataTable, true);
  if (LoadedTable) return <LoadedTable {...props} />;
  return failed ? <p role="alert">{t.tableLoadFailed}</p> : <Loading lines={6} />;
}
