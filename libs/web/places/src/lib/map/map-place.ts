/** A place the map can show: only those with coordinates. */
export interface MapPlace {
  id: string;
  slug: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  /** The research tour visited it: a distinct marker. */
  visited: boolean;
}
