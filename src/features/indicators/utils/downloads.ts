/** The download helpers now live in src/lib/downloads (shared with the summary); re-exported here. */
export { CSV_TYPE, JSON_TYPE, saveTextFile, toCsv, toJsonText } from '../../../lib/downloads/files';
