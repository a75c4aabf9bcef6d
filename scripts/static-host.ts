import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

/**
 * The file a static host answers `pathname` with, as docs/deploy.md configures nginx
 * (`try_files $uri $uri/index.html /app-shell.html`): the file itself, the route's prerendered
 * page, or the app shell for any other address (the SPA fallback).
 */
export function resolveStaticPath(root: string, pathname: string): string {
  const filePath = normalize(join(root, pathname));
  if (!filePath.startsWith(root)) return join(root, 'app-shell.html');
  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  if (isFile(filePath)) return filePath;
  const page = join(filePath, 'index.html');
  if (isFile(page)) return page;
  return join(root, 'app-shell.html');
}
