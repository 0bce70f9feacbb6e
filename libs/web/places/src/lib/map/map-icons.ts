import { divIcon, type DivIcon } from 'leaflet';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A place's marker: Leaflet makes it a focusable role="button"; the visually hidden text is its
 * accessible name. Places the research tour visited have a distinct shape and colour (and say
 * so in their name), never colour alone.
 */
export function placeIcon(label: string, visited = false): DivIcon {
  const pin = visited ? 'wo-map-pin wo-map-pin-visited' : 'wo-map-pin';
  return divIcon({
    className: 'wo-map-marker',
    html: `<span class="${pin}" aria-hidden="true"></span><span class="wo-visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
  });
}

/** A group of nearby places, with its count shown and spelled out. */
export function clusterIcon(count: number, label: string): DivIcon {
  const size = count < 10 ? 36 : count < 100 ? 44 : 52;
  return divIcon({
    className: 'wo-map-marker',
    html: `<span class="wo-map-cluster" aria-hidden="true" style="width:${size}px;height:${size}px">${count}</span><span class="wo-visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
