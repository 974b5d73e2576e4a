import { type EventItem, getJson, type Page } from "../api.js";
import { arabicAreaNames } from "../boundaries.js";
import { h } from "../dom.js";
import { filterBar, filterParams } from "../filters.js";
import { t } from "../i18n.js";
import { navigate, type Route } from "../router.js";
import { corroborationBadge, placeLabel, subTypeLabel, typeBadge } from "../vocab.js";

/** The filterable, paged list of canonical events. */

const PAGE = 50;

function row(event: EventItem, areas: ReadonlyMap<string, string>): HTMLTableRowElement {
  const actors = [event.actor1, event.actor2].filter((a): a is string => a !== null).join(" · ");
  const open = () => navigate(["event", event.id]);
  return h(
    "tr",
    {
      class: "event-row",
      tabindex: 0,
      "data-id": event.id,
      onclick: open,
      onkeydown: (e) => (e as KeyboardEvent).key === "Enter" && open(),
    },
    h("td", { dir: "ltr" }, event.date ?? t("undated")),
    h(
      "td",
      {},
      typeBadge(event.event_type),
      h("div", { class: "muted" }, subTypeLabel(event.sub_event_type)),
    ),
    h("td", {}, placeLabel(event.place, areas)),
    h("td", {}, actors || "—"),
    h("td", { class: "num" }, event.fatalities ?? "—"),
    h("td", { class: "num" }, event.sources),
    h("td", {}, corroborationBadge(event.corroboration)),
  );
}

function pager(route: Route, page: Page<EventItem>): HTMLElement {
  const go = (offset: number) => {
    const params = filterParams(route);
    if (offset > 0) params.set("offset", String(offset));
    navigate(route.path, params);
  };
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.offset + page.limit, page.total);
  return h(
    "nav",
    { class: "pager" },
    h(
      "button",
      {
        type: "button",
        disabled: page.offset === 0,
        onclick: () => go(Math.max(0, page.offset - page.limit)),
      },
      t("previous"),
    ),
    h("span", { class: "count" }, `${t("showing")} ${first}–${last} ${t("of")} ${page.total}`),
    h(
      "button",
      { type: "button", disabled: last >= page.total, onclick: () => go(page.offset + page.limit) },
      t("next"),
    ),
  );
}

export async function eventsView(root: HTMLElement, route: Route): Promise<void> {
  root.append(filterBar(route));
  const params = filterParams(route);
  params.set("limit", String(PAGE));
  const offset = route.params.get("offset");
  if (offset) params.set("offset", offset);
  const [page, areas] = await Promise.all([
    getJson<Page<EventItem>>("/api/events", params),
    arabicAreaNames(),
  ]);
  if (page.total === 0) {
    root.append(h("p", { class: "empty" }, t("no_events")));
    return;
  }
  const head = ["date", "type", "place", "actors", "fatalities", "sources", "corroboration"] as const;
  root.append(
    h(
      "table",
      { class: "events" },
      h("thead", {}, h("tr", {}, ...head.map((k) => h("th", {}, t(k))))),
      h("tbody", {}, ...page.items.map((e) => row(e, areas))),
    ),
    pager(route, page),
  );
}
