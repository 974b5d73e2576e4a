import { loadBoundaries } from "./boundaries.js";
import { h } from "./dom.js";
import { type LabelKey, label, lang, t } from "./i18n.js";
import { navigate, type Route } from "./router.js";
import { CORROBORATIONS, EVENT_TYPES } from "./vocab.js";

/** The event filters the API takes, shared by the map, timeline and list (kept in the route's query). */
export const FILTER_KEYS = ["from", "to", "type", "place", "actor", "corroboration", "source"] as const;

export function filterParams(route: Route): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = route.params.get(key);
    if (value) out.set(key, value);
  }
  return out;
}

function field(key: LabelKey, control: HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, t(key)), control);
}

function select(
  name: string,
  current: string,
  options: readonly (readonly [string, string])[],
): HTMLSelectElement {
  const el = h("select", { name }, h("option", { value: "" }, t("any")));
  for (const [value, text] of options) el.append(h("option", { value, selected: value === current }, text));
  return el;
}

/** The governorates and districts as suggestions for the place field, in the interface's language. */
async function placeSuggestions(list: HTMLDataListElement): Promise<void> {
  const { admin1, admin2 } = await loadBoundaries();
  const names = [...admin1.features, ...admin2.features].map((f) =>
    lang() === "ar" ? f.properties.name_ar : f.properties.name_en,
  );
  for (const name of [...new Set(names)].sort()) list.append(h("option", { value: name }));
}

/** The filter form; applying it keeps the view and replaces the filters (paging starts again). */
export function filterBar(route: Route): HTMLFormElement {
  const value = (key: string) => route.params.get(key) ?? "";
  const places = h("datalist", { id: "place-options" });
  placeSuggestions(places).catch(() => {});
  const form = h(
    "form",
    { class: "filters", role: "search" },
    field("from", h("input", { type: "date", name: "from", value: value("from") })),
    field("to", h("input", { type: "date", name: "to", value: value("to") })),
    field(
      "type",
      select(
        "type",
        value("type"),
        EVENT_TYPES.map(([type]) => [type, label("type", type)] as const),
      ),
    ),
    field(
      "place",
      h("input", {
        name: "place",
        list: "place-options",
        value: value("place"),
        placeholder: t("place_hint"),
      }),
    ),
    field("actor", h("input", { name: "actor", value: value("actor") })),
    field(
      "corroboration",
      select(
        "corroboration",
        value("corroboration"),
        CORROBORATIONS.map((c) => [c, label("corr", c)] as const),
      ),
    ),
    field("source", h("input", { name: "source", value: value("source") })),
    places,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary" }, t("apply")),
      h("button", { type: "button", onclick: () => navigate(route.path) }, t("reset")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, v] of new FormData(form))
      if (typeof v === "string" && v.trim() !== "") params.set(key, v.trim());
    navigate(route.path, params);
  });
  return form;
}
