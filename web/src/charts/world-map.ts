/**
 * An offline world map: Natural Earth countries at 1:110m (world-atlas TopoJSON, bundled, loaded on
 * first use) projected with d3-geo to SVG paths, with a circle per place sized by its count. Each
 * place is a `data-testid="map-place"` group named by `aria-label`, `<title>` and a text label, and
 * the same places are listed below the map as text.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { h, replaceChildren, svg } from '../dom.js';
import { plural } from '../ui.js';

export interface MapPlace {
  readonly name: string;
  readonly country?: string | undefined;
  readonly lat?: number | undefined;
  readonly lon?: number | undefined;
  readonly count: number;
}

interface Atlas {
  readonly land: GeoPermissibleObjects;
  readonly borders: GeoPermissibleObjects;
}

const WIDTH = 960;
const HEIGHT = 500;

let atlasLoad: Promise<Atlas> | undefined;

async function loadAtlas(): Promise<Atlas> {
  const json = await import('world-atlas/countries-110m.json');
  const topology = json.default as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = topology.objects.countries;
  return {
    land: feature(topology, countries),
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}

function placeMark(place: MapPlace, x: number, y: number, unit: string): SVGGElement {
  const r = 5 + 3 * Math.sqrt(place.count);
  const label = `${place.name}: ${plural(place.count, unit)}`;
  const anchor = x > WIDTH * 0.8 ? 'end' : 'start';
  return svg(
    'g',
    { class: 'map-place', 'data-testid': 'map-place', 'aria-label': place.name, role: 'img' },
    svg('title', {}, label),
    svg('circle', { cx: x, cy: y, r }),
    svg('text', { x: anchor === 'end' ? x - r - 4 : x + r + 4, y: y + 7, 'text-anchor': anchor }, place.name),
  );
}

/**
 * What the map shows: the whole world, or, when every place lies within a region, that region
 * with a margin (at least 60° by 30°), so a story in one country is not a dot on a globe.
 */
export function mapFocus(places: readonly MapPlace[]): {
  readonly area: GeoPermissibleObjects;
  /** The longitude at the map's middle. */
  readonly lon: number;
} {
  const points = places.flatMap((p) =>
    p.lat === undefined || p.lon === undefined ? [] : [[p.lon, p.lat] as const],
  );
  const world = { area: { type: 'Sphere' }, lon: 0 } as const;
  if (points.length === 0) return world;
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  if (east - west > 120 || north - south > 60) return world;
  const halfLon = Math.max(30, (east - west) / 2 + 15);
  const halfLat = Math.max(15, (north - south) / 2 + 8);
  const lon = (west + east) / 2;
  const lat = Math.min(85 - halfLat, Math.max(-85 + halfLat, (south + north) / 2));
  const area: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [lon - halfLon, lat - halfLat],
      [lon + halfLon, lat + halfLat],
      [lon - halfLon, lat + halfLat],
      [lon + halfLon, lat - halfLat],
    ],
  };
  return { area, lon };
}

function drawMap(atlas: Atlas, places: readonly MapPlace[], unit: string): SVGSVGElement {
  const focus = mapFocus(places);
  // Centred on the region, so its edges are not the edges of the world.
  const projection = geoNaturalEarth1()
    .rotate([-focus.lon, 0])
    .fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      focus.area,
    );
  const path = geoPath(projection);
  const marks = places.flatMap((place) => {
    if (place.lat === undefined || place.lon === undefined) return [];
    const point = projection([place.lon, place.lat]);
    return point ? [placeMark(place, point[0], point[1], unit)] : [];
  });
  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: 'world-map',
      role: 'group',
      'aria-label': `Map of ${marks.length} places`,
    },
    svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
    svg('path', { class: 'land', d: path(atlas.land) ?? '' }),
    svg('path', { class: 'borders', d: path(atlas.borders) ?? '' }),
    marks,
  );
}

function placeList(places: readonly MapPlace[], unit: string): HTMLElement {
  return h(
    'ul',
    { class: 'place-list' },
    places.map((p) =>
      h(
        'li',
        {},
        h('span', { class: 'place-name' }, p.name),
        p.country ? ` (${p.country})` : '',
        ` · ${plural(p.count, unit)}`,
        p.lat === undefined ? ' · not on the map' : '',
      ),
    ),
  );
}

/** The map figure; the drawing appears when the atlas has loaded. */
export function worldMap(places: readonly MapPlace[], unit = 'event'): HTMLElement {
  const canvas = h('div', { class: 'map-canvas' }, h('p', { class: 'loading' }, 'Loading map…'));
  atlasLoad ??= loadAtlas();
  atlasLoad.then(
    (atlas) => replaceChildren(canvas, drawMap(atlas, places, unit)),
    (error: unknown) =>
      replaceChildren(canvas, h('p', { class: 'error' }, `The map could not load: ${String(error)}`)),
  );
  return h(
    'figure',
    { class: 'map', 'data-testid': 'map' },
    canvas,
    places.length > 0 ? placeList(places, unit) : h('p', { class: 'empty' }, 'No places.'),
  );
}

/** Sums rows with a place into map places, largest first. */
export function placesOf<T>(
  rows: readonly T[],
  read: (row: T) => Omit<MapPlace, 'count'> | undefined,
): MapPlace[] {
  const byName = new Map<string, MapPlace>();
  for (const row of rows) {
    const place = read(row);
    if (!place) continue;
    const key = `${place.name}|${place.country ?? ''}`;
    const seen = byName.get(key);
    byName.set(key, { ...(seen ?? place), count: (seen?.count ?? 0) + 1 });
  }
  return [...byName.values()].sort((a, b) => b.count - a.count);
}
