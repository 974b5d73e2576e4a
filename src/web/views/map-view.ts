import { type EventItem, getJson, type Page } from "../api.js";
import { type AreaProperties, arabicAreaNames, loadBoundaries } from "../boundaries.js";
import { h, link } from "../dom.js";
import { filterBar, filterParams } from "../filters.js";
import { lang, t } from "../i18n.js";
import type { Route } from "../router.js";
import { EVENT_TYPES, placeLabel, subTypeLabel, typeBadge, typeColor } from "../vocab.js";

/**
 * Events on a map of Syria's governorates and districts. There is no tile server: the only background is
 * the bundled OCHA boundaries, so the map works offline. Points are coloured by event type and grow with
 * the number of independent sources.
 */

const MAP_LIMIT = 1000;

function areaName(p: AreaProperties): string {
  return lang() === "ar" ? p.name_ar : p.name_en;
}

function popup(event: EventItem, areas: ReadonlyMap<string, string>): HTMLElement {
  return h(
    "div",
    { class: "popup" },
    typeBadge(event.event_type),
    h("div", {}, subTypeLabel(event.sub_event_type)),
    h(
      "div",
      {},
      h("span", { dir: "ltr" }, event.date ?? t("undated")),
      " · ",
      placeLabel(event.place, areas),
    ),
    link(`/event/${encodeURIComponent(event.id)}`, t("open_event")),
  );
}

function legend(): HTMLElement {
  return h("ul", { class: "legend" }, ...EVENT_TYPES.map(([type]) => h("li", {}, typeBadge(type))));
}

function drawEvents(map: L.Map, events: readonly EventItem[], areas: ReadonlyMap<string, string>): void {
  for (const event of events) {
    const { place } = event;
    if (!place || place.lat === null || place.lon === null) continue;
    L.circleMarker([place.lat, place.lon], {
      radius: Math.min(5 + 2 * event.sources, 13),
      color: "#222",
      weight: 1,
      fillColor: typeColor(event.event_type),
      fillOpacity: 0.85,
      className: "event-point",
    })
      .bindPopup(popup(event, areas))
      .addTo(map);
  }
}

export async function mapView(root: HTMLElement, route: Route): Promise<void> {
  const params = filterParams(route);
  params.set("limit", String(MAP_LIMIT));
  const container = h("div", { id: "map", class: "map", role: "region", "aria-label": t("nav_map") });
  const count = h("p", { class: "count" });
  root.append(
    filterBar(route),
    h(
      "section",
      { class: "map-layout" },
      container,
      h("aside", {}, h("h3", {}, t("legend")), legend(), count),
    ),
    h("p", { class: "attribution" }, t("attribution")),
  );
  const [boundaries, page, areas] = await Promise.all([
    loadBoundaries(),
    getJson<Page<EventItem>>("/api/events", params),
    arabicAreaNames(),
  ]);
  const map = L.map(container, { attributionControl: false, zoomSnap: 0.25, minZoom: 5, maxZoom: 13 });
  L.geoJSON(boundaries.admin2, {
    interactive: false,
    style: { color: "#b9b0a3", weight: 0.6, fillColor: "#f6f1e7", fillOpacity: 1 },
  }).addTo(map);
  const governorates = L.geoJSON(boundaries.admin1, {
    style: { color: "#6f6456", weight: 1.5, fill: false },
    onEachFeature: (feature, layer) =>
      layer.bindTooltip(h("span", {}, areaName(feature.properties as AreaProperties)), { sticky: true }),
  }).addTo(map);
  map.fitBounds(governorates.getBounds());
  drawEvents(map, page.items, areas);
  const located = page.items.filter((e) => e.place?.lat != null).length;
  count.textContent = `${t("showing")} ${located} ${t("of")} ${page.total} · ${t("events")}`;
}
