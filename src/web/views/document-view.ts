import { getJson, type MarkSpan } from "../api.js";
import { arabic, h } from "../dom.js";
import { markedText, markLegend } from "../highlight.js";
import { t } from "../i18n.js";
import type { Route } from "../router.js";

/** A stored article: its metadata and its text with the analysis' places, actors, dates and numbers marked. */

interface DocumentJson {
  readonly id: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly analysis: Record<string, readonly (MarkSpan & Record<string, unknown>)[]> | null;
}

const LAYERS = [
  ["places", "place"],
  ["actors", "actor"],
  ["dates", "date"],
  ["numbers", "number"],
] as const;

function spans(doc: DocumentJson): MarkSpan[] {
  const a = doc.analysis;
  if (!a) return [];
  const out: MarkSpan[] = [];
  for (const [layer, kind] of LAYERS) {
    for (const s of a[layer] ?? [])
      out.push({ start: s.start, end: s.end, text: s.text, kind, primary: true, label: null });
  }
  for (const e of (a.events ?? []) as unknown as { trigger: MarkSpan; sub_event_type: string }[]) {
    out.push({ ...e.trigger, kind: "trigger", primary: true, label: e.sub_event_type });
  }
  return out;
}

/** Only web addresses become links: a `javascript:` or `data:` URL from an article stays text. */
function urlLink(url: string): HTMLElement {
  return /^https?:\/\//i.test(url)
    ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", dir: "ltr" }, url)
    : h("span", { dir: "ltr" }, url);
}

export async function documentView(root: HTMLElement, route: Route): Promise<void> {
  const doc = await getJson<DocumentJson>(`/api/documents/${encodeURIComponent(route.path[1] ?? "")}`);
  root.append(
    h(
      "article",
      { class: "document card" },
      h("h1", {}, arabic(doc.title ?? doc.id)),
      h(
        "p",
        { class: "muted" },
        `${t("document")} ${doc.id} · `,
        arabic(doc.source ?? "—"),
        " · ",
        `${t("published")}: `,
        h("span", { dir: "ltr" }, doc.published_at ?? "—"),
      ),
      doc.url ? h("p", {}, urlLink(doc.url)) : null,
      markLegend(),
      markedText(doc.text, 0, spans(doc)),
    ),
  );
}
