/**
 * The seam between `data:build` and the files it publishes beside the data API documents
 * (the zip of everything, the DCAT-AP-SE description, the Atom feed, …). Each such output is a
 * pure function of the built public dataset: the build calls every function listed in
 * `./index.ts` after the documents are made and before the atomic swap, and writes the files it
 * returns into the output folder. Outputs never see internal indicators.
 */
import type {
  AreasDocument,
  ChangesDocument,
  EventsDocument,
  GoalsDocument,
  IndicatorsDocument,
  Meta,
  ObservationsDocument,
  SitesDocument,
} from '../../src/contract/schemas.ts';

export interface BuiltDataset {
  meta: Meta;
  areas: AreasDocument;
  indicators: IndicatorsDocument;
  goals: GoalsDocument;
  sites: SitesDocument;
  events: EventsDocument;
  /** One document per public indicator, in the order of `indicators.indicators`. */
  observations: ObservationsDocument[];
  /** The history of updates including this build's (absent on a first build with nothing to compare). */
  changes: ChangesDocument | undefined;
  /**
   * The documents exactly as written, by path relative to the output folder (e.g.
   * `observations/x.json`), plus the text files of the outputs registered before this one in
   * `./index.ts` (so the zip, registered after the feed, holds feed.xml).
   */
  files: ReadonlyMap<string, string>;
}

export interface OutputFile {
  /** Path relative to the output folder, `/`-separated. */
  path: string;
  contents: string | Uint8Array;
}

export interface PublishedOutput {
  (dataset: BuiltDataset): OutputFile[] | Promise<OutputFile[]>;
  /**
   * What this output will leave out for this dataset, and why (e.g. no DCAT without meta.url).
   * Asked before the build report is written, so the notes reach the report and the terminal.
   */
  notes?: (meta: Meta) => string[];
}
