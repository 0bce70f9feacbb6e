import { type Feature, type FeatureCollection, type Geometry, type Position } from 'geojson';
import { feature } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

// ISO 3166 numeric code of Antarctica: no tiers-lieux there, and its ring wraps the whole globe.
const ANTARCTICA = '010';

/**
 * Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and would be drawn
 * as lines across the whole map: each jump is undone by shifting the following points by 360°.
 */
function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  return ring.map(([lng = 0, lat = 0]) => {
    if (previous !== undefined) {
      const delta = lng - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lng;
    return [lng + shift, lat];
  });
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
    };
  }
  return geometry;
}

/**
 * Country shapes bundled with the app (world-atlas, 1:110m, about 30 kB gzip): the map works
 * offline and with no tile server, and no third party learns who looks at it.
 */
export function worldCountries(): FeatureCollection {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((f) => String(f.id) !== ANTARCTICA)
      .map((f): Feature => ({ ...f, geometry: unwrap(f.geometry) })),
  };
}
