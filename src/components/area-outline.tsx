import type { AreaFeature } from '../contract/schemas';
import { outlinePath } from '../lib/geo/outline';

/** A district's outline as a small decorative SVG (hidden from assistive technology), fitted to the box. */
export function AreaOutline({ area, width, height, className }: { area: AreaFeature; width: number; height: number; className: string }) {
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <path d={outlinePath(area.geometry, width, height)} />
    </svg>
  );
}
