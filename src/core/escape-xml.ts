/**
 * Text made safe in XML and HTML: in element content and in attribute values quoted with either
 * quote mark. The one escaping used for the feed, the DCAT catalogue, the prerendered pages and
 * the embed snippet.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
