/**
 * Measures the critical-path JavaScript of every route in the production build: the entry chunk
 * plus the route module's chunk and everything both import statically (dynamic imports — the
 * map library, the chart library, CSV/QR helpers — load later and are listed separately).
 * Fails when a route's critical path exceeds the budget (gzip).
 * Usage: tsx scripts/bundle-budget.ts [distDir]   (after `vite build`, which writes the manifest)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readManifest, staticClosure } from './vite-manifest';

export const BUDGET_KB = 160;

export function measureRoutes(distDir: string) {
  const manifest = readManifest(distDir);
  const gzipKb = (file: string) => gzipSync(readFileSync(join(distDir, file))).length / 1024;
  const sizeOf = (keys: Iterable<string>) => [...keys].reduce((sum, key) => sum + (manifest[key]?.file.endsWith('.js') ? gzipKb(manifest[key].file) : 0), 0);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const entryClosure = staticClosure(manifest, [entryKey]);
  const routes = Object.keys(manifest)
    .filter((key) => key.startsWith('src/app/routes/') && manifest[key]?.isDynamicEntry)
    .map((key) => {
      const closure = staticClosure(manifest, [entryKey, key]);
      const lazy = new Set<string>();
      for (const member of closure)
        for (const dynamic of manifest[member]?.dynamicImports ?? []) if (!closure.has(dynamic) && !dynamic.startsWith('src/app/routes/')) lazy.add(dynamic);
      const lazyClosure = staticClosure(manifest, [...lazy]);
      for (const member of closure) lazyClosure.delete(member);
      return { route: key.replace('src/app/routes/', '').replace(/\.tsx$/, ''), criticalKb: sizeOf(closure), lazyKb: sizeOf(lazyClosure) };
    })
    .sort((a, b) => b.criticalKb - a.criticalKb);
  return {
    entryKb: sizeOf(entryClosure),
    entryFiles: [...entryClosure].flatMap((key) => (manifest[key]?.file.endsWith('.js') ? [manifest[key].file] : [])),
    routes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== '--'), allowPositionals: true, options: {} });
  const distDir = resolve(positionals[0] ?? 'dist');
  const { entryKb, entryFiles, routes } = measureRoutes(distDir);
  console.log(`entry chunk (with its static imports): ${entryKb.toFixed(1)} KB gzip`);
  console.log('route                  critical path   loaded later');
  for (const { route, criticalKb, lazyKb } of routes) {
    console.log(`${route.padEnd(22)} ${criticalKb.toFixed(1).padStart(8)} KB ${lazyKb.toFixed(1).padStart(11)} KB`);
  }
  // msw is for tests only: no handler, worker or its script may reach the production build.
  const leaked = readdirSync(join(distDir, 'assets')).filter(
    (file) => file.endsWith('.js') && /mswjs|setupWorker|mockServiceWorker/.test(readFileSync(join(distDir, 'assets', file), 'utf8')),
  );
  if (leaked.length > 0 || existsSync(join(distDir, 'mockServiceWorker.js'))) {
    console.error(`msw code found in the production build: ${leaked.join(', ') || 'mockServiceWorker.js'}`);
    process.exit(1);
  }
  console.log('No msw code in the build.');
  // The entry's static imports are one chunk (vite.config.ts, keepEntryWhole); Rolldown splitting
  // them again would add a few KB to every route without any route's code changing.
  const entryChunks = entryFiles.filter((file) => !/rolldown-runtime/.test(file));
  if (entryChunks.length > 1) {
    console.error(`The entry's static imports are split into ${entryChunks.length} chunks (${entryChunks.join(', ')}): see keepEntryWhole in vite.config.ts`);
    process.exit(1);
  }
  const over = routes.filter((route) => route.criticalKb > BUDGET_KB);
  if (over.length > 0) {
    console.error(`Over the ${BUDGET_KB} KB budget: ${over.map((route) => route.route).join(', ')}`);
    process.exit(1);
  }
  console.log(`All routes within ${BUDGET_KB} KB gzip.`);
}
