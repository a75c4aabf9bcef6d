/** The browser tab's title for a page: "<page> – <product>", or the product alone on its own page. */
export function documentTitle(pageTitle: string, productName: string): string {
  return !pageTitle || pageTitle === productName ? productName : `${pageTitle} – ${productName}`;
}
