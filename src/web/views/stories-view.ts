import { getJson, type Page, type Story } from "../api.js";
import { arabicAreaNames } from "../boundaries.js";
import { arabic, h, link } from "../dom.js";
import { t } from "../i18n.js";
import type { Route } from "../router.js";
import { corroborationBadge, placeLabel, subTypeLabel, typeBadge } from "../vocab.js";

/** Stories (clusters of documents about one news story): the list, and one story's documents and events. */

function dates(story: Story): string {
  if (!story.first_date) return t("undated");
  return story.first_date === story.last_date ? story.first_date : `${story.first_date} – ${story.last_date}`;
}

export async function storiesView(root: HTMLElement): Promise<void> {
  const page = await getJson<Page<Story>>("/api/stories", new URLSearchParams({ limit: "200" }));
  root.append(
    h("h1", {}, t("stories"), h("small", {}, ` (${page.total})`)),
    h(
      "ul",
      { class: "stories" },
      ...page.items.map((s) =>
        h(
          "li",
          { class: "card" },
          link(`/story/${encodeURIComponent(s.id)}`, arabic(s.title ?? s.id)),
          h(
            "div",
            { class: "muted" },
            h("span", { dir: "ltr" }, dates(s)),
            ` · ${t("documents")}: ${s.documents.length} · ${t("events")}: ${s.events.length}`,
          ),
        ),
      ),
    ),
  );
}

export async function storyView(root: HTMLElement, route: Route): Promise<void> {
  const [story, areas] = await Promise.all([
    getJson<Story>(`/api/stories/${encodeURIComponent(route.path[1] ?? "")}`),
    arabicAreaNames(),
  ]);
  root.append(
    h("h1", {}, arabic(story.title ?? story.id)),
    h("p", { class: "muted" }, `${t("story")} ${story.id} · `, h("span", { dir: "ltr" }, dates(story))),
    h(
      "section",
      { class: "card" },
      h("h2", {}, t("events")),
      h(
        "ol",
        { class: "story-events" },
        ...(story.event_details ?? []).map((e) =>
          h(
            "li",
            {},
            h("span", { dir: "ltr", class: "date" }, e.date ?? t("undated")),
            " ",
            typeBadge(e.event_type),
            " ",
            link(`/event/${encodeURIComponent(e.id)}`, subTypeLabel(e.sub_event_type)),
            " — ",
            placeLabel(e.place, areas),
            " ",
            corroborationBadge(e.corroboration),
          ),
        ),
      ),
    ),
    h(
      "section",
      { class: "card" },
      h("h2", {}, t("documents")),
      h(
        "ul",
        {},
        ...story.documents.map((d) =>
          h(
            "li",
            {},
            link(`/doc/${encodeURIComponent(d.id)}`, arabic(d.title ?? d.id)),
            h(
              "span",
              { class: "muted" },
              " · ",
              arabic(d.source ?? "—"),
              " · ",
              h("span", { dir: "ltr" }, d.published_at ?? ""),
            ),
          ),
        ),
      ),
    ),
  );
}
