import 'leaflet/dist/leaflet.css';
import './places-map.css';
import { type LatLngBoundsExpression } from 'leaflet';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import Supercluster from 'supercluster';
import { clusterIcon, placeIcon } from './map-icons';
import { type MapPlace } from './map-place';
import { worldCountries } from './world-basemap';

export interface PlacesMapProps {
  places: MapPlace[];
  /** Street-level tiles from the configuration; null: the bundled country shapes only. */
  tileUrl: string | null;
  onOpen: (slug: string) => void;
}

const WORLD: LatLngBoundsExpression = [
  [-60, -170],
  [75, 180],
];
const countryStyle = { color: '#6b7f8a', weight: 0.7, fillColor: '#f4f1e8', fillOpacity: 1 };

interface PlaceProps {
  slug: string;
  name: string;
  city: string;
  visited: boolean;
}

function isActivation(key: string): boolean {
  return key === 'Enter' || key === ' ';
}

/** Markers, grouped by Supercluster when close at the current zoom; recomputed on each move. */
function ClusteredMarkers({ places, onOpen }: Pick<PlacesMapProps, 'places' | 'onOpen'>) {
  const { t } = useTranslation('placePages');
  const map = useMap();
  const index = useMemo(() => {
    const clusters = new Supercluster<PlaceProps>({ radius: 48, maxZoom: 16 });
    clusters.load(
      places.map((place) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [place.longitude, place.latitude] },
        properties: {
          slug: place.slug,
          name: place.name,
          city: place.city,
          visited: place.visited,
        },
      })),
    );
    return clusters;
  }, [places]);
  const [view, setView] = useState(() => ({ bounds: map.getBounds(), zoom: map.getZoom() }));
  useMapEvents({ moveend: () => setView({ bounds: map.getBounds(), zoom: map.getZoom() }) });
  const west = Math.max(-180, view.bounds.getWest());
  const east = Math.min(180, view.bounds.getEast());
  const items = index.getClusters(
    [west, Math.max(-85, view.bounds.getSouth()), east, Math.min(85, view.bounds.getNorth())],
    Math.round(view.zoom),
  );
  return (
    <>
      {items.map((item) => {
        const [lng, lat] = item.geometry.coordinates as [number, number];
        if ('cluster' in item.properties && item.properties.cluster) {
          const id = item.properties.cluster_id;
          const count = item.properties.point_count;
          const zoomIn = () =>
            map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(id), 16));
          return (
            <Marker
              key={`cluster-${id}`}
              position={[lat, lng]}
              icon={clusterIcon(count, t('map.cluster', { count }))}
              eventHandlers={{
                click: zoomIn,
                keypress: (e) => {
                  if (isActivation(e.originalEvent.key)) zoomIn();
                },
              }}
            />
          );
        }
        const place = item.properties as PlaceProps;
        return (
          <Marker
            key={place.slug}
            position={[lat, lng]}
            icon={placeIcon(
              t(place.visited ? 'map.markerVisited' : 'map.marker', {
                name: place.name,
                city: place.city,
              }),
              place.visited,
            )}
            eventHandlers={{
              click: () => onOpen(place.slug),
              keypress: (e) => {
                if (isActivation(e.originalEvent.key)) onOpen(place.slug);
              },
            }}
          />
        );
      })}
    </>
  );
}

/**
 * The world map of the places (loaded lazily with Leaflet). The list beside it remains the
 * accessible alternative; the help text says how to use the markers with a keyboard.
 */
export function PlacesMap({ places, tileUrl, onOpen }: PlacesMapProps) {
  const { t } = useTranslation('placePages');
  const countries = useMemo(() => worldCountries(), []);
  return (
    <figure style={{ margin: 0 }} role="region" aria-label={t('map.label')}>
      <MapContainer
        className="wo-map"
        bounds={WORLD}
        minZoom={1}
        maxZoom={tileUrl ? 18 : 8}
        worldCopyJump={false}
        maxBounds={[
          [-85, -200],
          [85, 200],
        ]}
        scrollWheelZoom={false}
      >
        <GeoJSON data={countries} style={() => countryStyle} interactive={false} />
        {tileUrl ? <TileLayer url={tileUrl} /> : null}
        <ClusteredMarkers places={places} onOpen={onOpen} />
      </MapContainer>
      <figcaption style={{ fontSize: 14, marginTop: 4 }}>
        <ul className="wo-map-legend" aria-label={t('map.legend')}>
          <li>
            <span className="wo-map-pin" aria-hidden="true" />
            {t('map.legendPlace')}
          </li>
          <li>
            <span className="wo-map-pin wo-map-pin-visited" aria-hidden="true" />
            {t('map.legendVisited')}
          </li>
        </ul>
        {t('map.help')}
      </figcaption>
    </figure>
  );
}
