/**
 * The map's data and settings that the page needs before the map engine loads: the basemap
 * choice, the cluster zoom and the GeoJSON the sources hold. Apart from ./map-style.ts (the
 * style and layers, used only by the engine) so that stays off the map and district routes'
 * critical path.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaFeature, Domain, SiteFeature, SiteStatus } from '../../contract/schemas';
import { siteAnchor } from './geometry';

/** Clusters merge points within 50 px up to zoom 14; from zoom 15 every site is on its own. */
export const CLUSTER_OPTIONS = { clusterRadius: 50, clusterMaxZoom: 14 } as const;
/** Zoom used to show one selected site on its own (one above the last clustered zoom). */
export const SITE_ZOOM = CLUSTER_OPTIONS.clusterMaxZoom + 1;

/** The value of `basemapStyleUrl` that asks for the built-in style without trying the network. */
export const BUILT_IN_STYLE_URL = 'builtin:';

export type BasemapChoice = { kind: 'built-in' } | { kind: 'remote'; url: string };

/** Which basemap to use for the configured style URL (none or `builtin:` → the built-in style). */
export function basemapChoice(styleUrl: string | undefined): BasemapChoice {
  if (styleUrl === undefined || styleUrl.trim() === '' || styleUrl.trim() === BUILT_IN_STYLE_URL) return { kind: 'built-in' };
  return { kind: 'remote', url: styleUrl };
}

export interface SitePointProperties {
  siteId: string;
  domain: Domain;
  status: SiteStatus;
}

/**
 * The sites as slim points for the clustered source: only what the layers read (id, domain,
 * status). Keeping names and facts out makes the hand-over to the map's worker cheap.
 * Features carry no GeoJSON `id` (maplibre wants numeric ids); the site id is a property.
 */
export function toSitePoints(sites: ReadonlyArray<SiteFeature>): FeatureCollection<Point, SitePointProperties> {
  const features: Array<Feature<Point, SitePointProperties>> = [];
  for (const site of sites) {
    const anchor = siteAnchor(site.geometry);
    if (!anchor) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: anchor },
      properties: { siteId: site.id, domain: site.properties.domain, status: site.properties.status },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The districts' shapes for the area source. */
export function toAreaShapes(areas: ReadonlyArray<AreaFeature>): FeatureCollection<Polygon | MultiPolygon, { areaId: string }> {
  return {
    type: 'FeatureCollection',
    // An area without geometry (a reference area) has nothing to draw.
    features: areas.flatMap((area) =>
      area.geometry === null ? [] : [{ type: 'Feature' as const, geometry: area.geometry as Polygon | MultiPolygon, properties: { areaId: area.id } }],
    ),
  };
}
