import { type Contradiction, type EventDetail, getJson, type MentionDetail } from "../api.js";
import { arabicAreaNames } from "../boundaries.js";
import { arabic, h, link } from "../dom.js";
import { markedText, markLegend } from "../highlight.js";
import { type LabelKey, label, lang, t } from "../i18n.js";
import type { Route } from "../router.js";
import { certaintyBadge, corroborationBadge, subTypeLabel, typeBadge } from "../vocab.js";

/**
 * One canonical event with its evidence: the values chosen, then each source's sentence with the trigger,
 * actors, place, date and numbers marked, and the contradictions between sources side by side.
 */

function fact(key: LabelKey, ...value: (Node | string)[]): HTMLElement[] {
  return [h("dt", {}, t(key)), h("dd", {}, ...(value.length > 0 ? value : ["—"]))];
}

function placeFact(event: EventDetail, areas: ReadonlyMap<string, string>): (Node | string)[] {
  const p = event.place;
  if (!p) return [];
  const area = [p.admin2, p.admin1]
    .filter((a): a is string => Boolean(a) && a !== p.text)
    .map((a) => (lang() === "ar" ? (areas.get(a) ?? a) : a))
    .join(lang() === "ar" ? "، " : ", ");
  return [arabic(p.text), area ? ` (${area})` : "", p.pcode ? h("code", {}, ` ${p.pcode}`) : ""];
}

function facts(event: EventDetail, areas: ReadonlyMap<string, string>): HTMLElement {
  return h(
    "dl",
    { class: "facts" },
    ...fact("type", typeBadge(event.event_type)),
    ...fact("sub_type", subTypeLabel(event.sub_event_type)),
    ...fact("date", h("span", { dir: "ltr" }, event.date ?? t("undated"))),
    ...fact("place", ...placeFact(event, areas)),
    ...fact("actor1", ...(event.actor1 ? [event.actor1] : [])),
    ...fact("actor2", ...(event.actor2 ? [event.actor2] : [])),
    ...fact("fatalities", ...(event.fatalities === null ? [] : [String(event.fatalities)])),
    ...fact("status", label("status", event.status)),
    ...fact("sources", String(event.sources)),
    ...fact(
      "stories",
      ...event.stories.flatMap((s, i) => [i > 0 ? " · " : "", link(`/story/${encodeURIComponent(s)}`, s)]),
    ),
  );
}

function report(mention: MentionDetail): HTMLElement {
  const quoted = mention.source !== (mention.outlet ?? mention.doc);
  return h(
    "article",
    { class: "report card", "data-doc": mention.doc },
    h(
      "header",
      {},
      h("strong", { class: "source" }, arabic(mention.source)),
      quoted && mention.outlet
        ? h("span", { class: "muted" }, ` · ${t("via")} `, arabic(mention.outlet))
        : null,
      " ",
      certaintyBadge(mention.certainty),
      h("span", { class: "muted", dir: "ltr" }, ` ${mention.published_at ?? ""} `),
      link(`/doc/${encodeURIComponent(mention.doc)}`, `${t("document")}: ${mention.doc}`),
    ),
    mention.sentence
      ? markedText(mention.sentence.text, mention.sentence.start, mention.spans)
      : h("p", {}, "—"),
    mention.attributions.length > 0
      ? h(
          "ul",
          { class: "attributions" },
          ...mention.attributions.map((a) =>
            h(
              "li",
              {},
              arabic(a.cue.text),
              " → ",
              arabic(a.source.text || "—"),
              " ",
              certaintyBadge(a.certainty),
            ),
          ),
        )
      : null,
  );
}

function contradiction(c: Contradiction): HTMLElement {
  return h(
    "section",
    { class: "contradiction" },
    h("h3", {}, label("field", c.field), c.detail ? ` (${c.detail})` : ""),
    h(
      "div",
      { class: "side-by-side" },
      ...c.values.map((v) =>
        h(
          "div",
          { class: "claim-column card" },
          h("div", { class: "value" }, String(v.value)),
          h("div", { class: "source" }, arabic(v.source)),
          v.text ? h("blockquote", { dir: "rtl", lang: "ar" }, v.text) : null,
          link(`/doc/${encodeURIComponent(v.doc)}`, v.doc),
        ),
      ),
    ),
  );
}

export async function eventView(root: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1] ?? "";
  const [event, areas] = await Promise.all([
    getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
    arabicAreaNames(),
  ]);
  root.append(
    h(
      "article",
      { class: "event-page" },
      h(
        "header",
        { class: "event-head" },
        h("h1", {}, subTypeLabel(event.sub_event_type), " — ", arabic(event.place?.text ?? "—")),
        h("p", {}, corroborationBadge(event.corroboration), " ", `${t("sources")}: ${event.sources}`),
      ),
      facts(event, areas),
      h(
        "section",
        { class: "reports" },
        h("h2", {}, `${t("reports")} (${event.mentions.length})`),
        markLegend(),
        ...event.mentions.map(report),
      ),
      h(
        "section",
        { class: "contradictions" },
        h("h2", {}, t("contradictions")),
        ...(event.contradictions.length > 0
          ? event.contradictions.map(contradiction)
          : [h("p", { class: "muted" }, t("no_contradictions"))]),
      ),
    ),
  );
}
