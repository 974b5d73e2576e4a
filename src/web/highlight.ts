import type { MarkSpan } from "./api.js";
import { h } from "./dom.js";
import { label } from "./i18n.js";

/**
 * A sentence with its evidence marked: spans (offsets into the whole document) become <mark> elements whose
 * text is set with textContent. Overlaps are resolved by keeping the event's own spans first, then the
 * longest; a span that overlaps a kept one is left unmarked rather than cut.
 */

export interface Segment {
  readonly text: string;
  readonly span: MarkSpan | null;
}

export function segments(text: string, base: number, spans: readonly MarkSpan[]): Segment[] {
  const inside = spans.filter((s) => s.start >= base && s.end <= base + text.length && s.end > s.start);
  const ranked = [...inside].sort(
    (a, b) =>
      Number(b.primary) - Number(a.primary) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: MarkSpan[] = [];
  for (const span of ranked) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = base;
  for (const span of kept) {
    if (span.start > at) out.push({ text: text.slice(at - base, span.start - base), span: null });
    out.push({ text: text.slice(span.start - base, span.end - base), span });
    at = span.end;
  }
  if (at < base + text.length) out.push({ text: text.slice(at - base), span: null });
  return out;
}

function title(span: MarkSpan): string {
  const kind = label("kind", span.kind);
  return span.label ? `${kind}: ${span.label}` : kind;
}

export function markedText(text: string, base: number, spans: readonly MarkSpan[]): HTMLElement {
  const out = h("p", { class: "evidence", dir: "rtl", lang: "ar" });
  for (const segment of segments(text, base, spans)) {
    const { span } = segment;
    out.append(
      span
        ? h(
            "mark",
            {
              class: `m-${span.kind}${span.primary ? " primary" : ""}`,
              title: title(span),
              "data-kind": span.kind,
            },
            segment.text,
          )
        : document.createTextNode(segment.text),
    );
  }
  return out;
}

export function markLegend(): HTMLElement {
  const kinds = ["trigger", "actor", "place", "date", "number", "cue"];
  return h(
    "p",
    { class: "legend marks" },
    ...kinds.map((k) => h("mark", { class: `m-${k} primary` }, label("kind", k))),
  );
}
