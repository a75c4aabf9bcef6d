/** The download buttons are shared with the summary (src/components); re-exported for this feature. */
export { DownloadButtons } from '../../../components/download-buttons';
