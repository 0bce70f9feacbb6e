import { type FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

/**
 * Country shapes bundled with the app (world-atlas, 1:110m, about 30 kB gzip): the map works
 * offline and with no tile server, and no third party learns who looks at it.
 */
export function worldCountries(): FeatureCollection {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries);
}
