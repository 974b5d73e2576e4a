import { ApiFailure, setToken } from "./api.js";
import { h, link } from "./dom.js";
import { applyLang, type LabelKey, lang, setLang, t } from "./i18n.js";
import { currentRoute, type Route } from "./router.js";
import { checkView } from "./views/check-view.js";
import { documentView } from "./views/document-view.js";
import { eventView } from "./views/event-view.js";
import { eventsView } from "./views/events-view.js";
import { mapView } from "./views/map-view.js";
import { storiesView, storyView } from "./views/stories-view.js";
import { timelineView } from "./views/timeline-view.js";

/** The Marsad web UI: a header, and the view the hash route names, rendered again on every change. */

type View = (root: HTMLElement, route: Route) => Promise<void>;

const VIEWS: Readonly<Record<string, View>> = {
  map: mapView,
  timeline: timelineView,
  events: eventsView,
  event: eventView,
  stories: storiesView,
  story: storyView,
  doc: documentView,
  check: checkView,
};

const NAV: readonly (readonly [string, LabelKey])[] = [
  ["map", "nav_map"],
  ["timeline", "nav_timeline"],
  ["events", "nav_events"],
  ["stories", "nav_stories"],
  ["check", "nav_check"],
];

/** Views that share the filters carry them over when the user switches between them. */
const FILTERED = new Set(["map", "timeline", "events"]);

function header(route: Route): HTMLElement {
  const current = route.path[0] ?? "map";
  const query = FILTERED.has(current) ? route.params : new URLSearchParams();
  query.delete("offset");
  const suffix = query.toString() ? `?${query.toString()}` : "";
  return h(
    "div",
    { class: "bar" },
    h("a", { href: "#/map", class: "brand" }, h("strong", {}, t("app_name")), h("span", {}, t("tagline"))),
    h(
      "nav",
      {},
      ...NAV.map(([name, key]) => {
        const a = link(`/${name}${FILTERED.has(name) ? suffix : ""}`, t(key));
        if (name === current) a.setAttribute("aria-current", "page");
        return a;
      }),
    ),
    h(
      "button",
      { type: "button", id: "lang-toggle", class: "lang", onclick: () => switchLang() },
      t("switch_lang"),
    ),
  );
}

function tokenForm(): HTMLElement {
  const input = h("input", { type: "password", name: "token", autocomplete: "off" });
  const form = h(
    "form",
    { class: "card" },
    h("p", {}, t("token_needed")),
    h("label", { class: "field" }, h("span", {}, t("token")), input),
    h("button", { type: "submit" }, t("save")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    setToken(input.value);
    void render();
  });
  return form;
}

function failure(error: unknown): HTMLElement {
  if (error instanceof ApiFailure && error.status === 401) return tokenForm();
  const message = error instanceof Error ? error.message : String(error);
  return h("p", { class: "error", role: "alert" }, `${t("error")}: ${message}`);
}

let rendering = 0;

async function render(): Promise<void> {
  const ticket = ++rendering;
  const route = currentRoute();
  const top = document.getElementById("top")!;
  const root = document.getElementById("view")!;
  top.replaceChildren(header(route));
  const view = VIEWS[route.path[0] ?? "map"] ?? mapView;
  const page = h("div", { class: `page view-${route.path[0] ?? "map"}`, "aria-busy": "true" });
  root.replaceChildren(page);
  try {
    await view(page, route);
  } catch (error) {
    if (ticket === rendering) page.append(failure(error));
  } finally {
    page.setAttribute("aria-busy", "false");
  }
}

function switchLang(): void {
  setLang(lang() === "ar" ? "en" : "ar");
  void render();
}

applyLang();
window.addEventListener("hashchange", () => void render());
void render();
