/** The message an embed sends its parent page with its height (see docs/embed.md). */
export const EMBED_HEIGHT_MESSAGE = 'grow-smarter-monitor:height';
