import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

/**
 * The file a static host answers `pathname` with, as docs/deploy.md configures nginx
 * (`try_files $uri $uri/index.html /app-shell.html`): the file itself, the route's prerendered
 * page, or the app shell for any other address (the SPA fallback).
 */
export function resolveStaticPath(root: string, pathname: string, { prerendered = true }: { prerendered?: boolean } = {}): string {
  const filePath = normalize(join(root, pathname));
  const shell = join(root, 'app-shell.html');
  if (!filePath.startsWith(root)) return shell;
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  // Without prerendered pages (a host that serves other data than the pages were built with)
  // every page address gets the shell, "/" included.
  if (isFile(filePath) && (prerendered || !filePath.endsWith('.html'))) return filePath;
  const page = join(filePath, 'index.html');
  if (prerendered && isFile(page)) return page;
  return shell;
}
