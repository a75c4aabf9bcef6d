/**
 * Flags for Debian's Chromium on this project's machines, shared by the browser tests and the
 * benchmarks: as root (no sandbox), with the closed network (no background connections, updates,
 * sync or QUIC), and software WebGL for maplibre in headless mode.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
