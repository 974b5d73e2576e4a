import type { Certainty, EventMention } from "../../core/layers.js";
import type { Span, TextSpan } from "../../core/span.js";
import type { Store } from "../../store/store.js";
import type { CanonicalEventJson, MentionRef, MentionSource } from "./types.js";

/**
 * GET /api/events/:id: the canonical event with every mention's evidence — the sentence that reports it and
 * the spans in it (trigger, actors, place, date, numbers, who says it and the cue word), each an exact slice
 * of the stored text. Spans from the mention itself are `primary`; the other annotations of the sentence
 * (from the document's analysis) are not, and the page draws them lighter.
 */

export type SpanKind = "trigger" | "actor" | "place" | "date" | "number" | "source" | "cue";

export interface SpanJson extends TextSpan {
  readonly kind: SpanKind;
  readonly primary: boolean;
  /** What the span means in the event (actor1, fatalities, destination …) or its resolved value. */
  readonly label: string | null;
}

export interface AttributionJson {
  readonly id: string;
  readonly certainty: Certainty;
  readonly source: { readonly text: string; readonly kind: string; readonly affiliation: string | null };
  readonly cue: TextSpan;
}

export interface MentionDetail extends MentionRef {
  readonly version: number;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
  readonly status: EventMention["status"];
  /** The certainty of the first claim the mention cites; null when the document says it in its own voice. */
  readonly certainty: Certainty | null;
  readonly sentence: TextSpan | null;
  readonly spans: readonly SpanJson[];
  readonly attributions: readonly AttributionJson[];
}

type Layers = Partial<
  Record<"places" | "actors" | "dates" | "numbers", readonly (TextSpan & Record<string, unknown>)[]>
>;

function mentionSpans(m: EventMention): Omit<SpanJson, "primary">[] {
  const out: Omit<SpanJson, "primary">[] = [{ kind: "trigger", label: m.sub_event_type, ...pick(m.trigger) }];
  if (m.actor1_span) out.push({ kind: "actor", label: "actor1", ...pick(m.actor1_span) });
  if (m.actor2_span) out.push({ kind: "actor", label: "actor2", ...pick(m.actor2_span) });
  for (const [label, place] of [
    ["place", m.place],
    ["destination", m.destination],
  ] as const) {
    if (place && place.start !== undefined && place.end !== undefined)
      out.push({ kind: "place", label, start: place.start, end: place.end, text: place.text });
  }
  if (m.date_span) out.push({ kind: "date", label: m.date, ...pick(m.date_span) });
  if (m.fatalities_span) out.push({ kind: "number", label: "fatalities", ...pick(m.fatalities_span) });
  for (const q of m.quantities ?? []) out.push({ kind: "number", label: q.counts, ...pick(q) });
  return out;
}

function pick(span: TextSpan): TextSpan {
  return { start: span.start, end: span.end, text: span.text };
}

function layerSpans(layers: Layers, sentence: Span): Omit<SpanJson, "primary">[] {
  const kinds = [
    ["places", "place"],
    ["actors", "actor"],
    ["dates", "date"],
    ["numbers", "number"],
  ] as const;
  return kinds.flatMap(([layer, kind]) =>
    (layers[layer] ?? [])
      .filter((s) => s.start >= sentence.start && s.end <= sentence.end)
      .map((s) => ({ kind, label: null, ...pick(s) })),
  );
}

function attributions(source: MentionSource): AttributionJson[] {
  return source.claims.map((c) => ({
    id: c.id,
    certainty: c.certainty,
    source: { text: c.source.text, kind: c.source.kind, affiliation: c.source.affiliation },
    cue: pick(c.cue),
  }));
}

/** Keeps spans that are exact slices of the text (a span from another version of the text is dropped). */
function exact(text: string, spans: readonly SpanJson[]): SpanJson[] {
  return spans.filter((s) => s.start >= 0 && s.end > s.start && text.slice(s.start, s.end) === s.text);
}

async function mentionDetail(store: Store, ref: MentionRef, source: MentionSource): Promise<MentionDetail> {
  const m = source.mention;
  const article =
    (await store.getArticle(source.doc, source.version)) ?? (await store.getArticle(source.doc));
  const text = article?.text ?? "";
  const sentence = text.slice(m.sentence.start, m.sentence.end);
  const analysis = (await store.getAnalysis(source.doc, source.version).catch(() => null)) as Layers | null;
  const claims = attributions(source);
  const own = mentionSpans(m).map((s) => ({ ...s, primary: true }));
  const cues = claims.flatMap((c) => [{ kind: "cue" as const, label: c.certainty, ...c.cue, primary: true }]);
  const others = layerSpans(analysis ?? {}, m.sentence).map((s) => ({ ...s, primary: false }));
  const cited = new Set(m.claims);
  return {
    ...ref,
    version: source.version,
    outlet: source.outlet,
    published_at: source.published_at,
    title: article?.title ?? null,
    status: m.status,
    certainty: source.claims.find((c) => cited.has(c.id))?.certainty ?? null,
    sentence:
      article && sentence !== "" ? { start: m.sentence.start, end: m.sentence.end, text: sentence } : null,
    spans: article
      ? exact(text, [...own, ...cues, ...others]).sort((a, b) => a.start - b.start || b.end - a.end)
      : [],
    attributions: claims,
  };
}

export async function eventDetail(
  store: Store,
  event: CanonicalEventJson,
  sources: readonly MentionSource[],
): Promise<CanonicalEventJson & { readonly mentions: readonly MentionDetail[] }> {
  const mentions: MentionDetail[] = [];
  for (const [i, ref] of event.mentions.entries()) {
    const source = sources[i];
    if (source) mentions.push(await mentionDetail(store, ref, source));
  }
  return { ...event, mentions };
}
