/**
 * Helps annotate the event gold files (docs/codebook.md) without copying article text into the repo.
 *
 *   npx tsx scripts/gold/annotate-helper.ts show R-14.json 11      # id, SHA-256, text with line offsets
 *   npx tsx scripts/gold/annotate-helper.ts show seed-000
 *   npx tsx scripts/gold/annotate-helper.ts find R-14.json 11 "إجلاء"  # every occurrence, offsets, context
 *   npx tsx scripts/gold/annotate-helper.ts resolve draft.jsonl out.jsonl
 *
 * A draft record names its article by "ref" ("R-14.json:11" or "seed-004") and gives each span as
 * {"q": quote, "ctx"?: longer unique phrase holding the quote, "n"?: which occurrence (0-based) of ctx
 * or q}. `resolve` finds the offsets, fills id, claim_file, article_index and text_sha256, and drops
 * the context phrases, so only the few quoted words reach the gold file. Ignore ranges are written
 * {"from": spec, "to": spec | "END"}. A record that already has offsets is checked and kept.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Span } from "../../src/core/span.js";
import {
  eventTypeOf,
  type GoldArticle,
  type GoldSpan,
  type SourceArticle,
  seedArticle,
  sha256,
  unifiedFcArticle,
} from "../lib/gold-events.js";

interface SpanSpec {
  readonly q?: string;
  readonly quote?: string;
  readonly ctx?: string;
  readonly n?: number;
  readonly start?: number;
  readonly end?: number;
}

type Ref = { source: "seeds"; id: string } | { source: "unifiedfc"; file: string; index: number };

function parseRef(ref: string): Ref {
  const match = /^(.+\.json):(\d+)$/.exec(ref);
  return match
    ? { source: "unifiedfc", file: match[1]!, index: Number(match[2]) }
    : { source: "seeds", id: ref };
}

function loadRef(ref: Ref): SourceArticle {
  const found = ref.source === "seeds" ? seedArticle(ref.id) : unifiedFcArticle(ref.file, ref.index);
  if (found === null) throw new Error(`no article for ${JSON.stringify(ref)} in the shared data`);
  return found;
}

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
}

/** Resolves one span spec to offsets in `text`; throws with the quote when it is not found. */
export function resolveSpan(text: string, spec: SpanSpec, where: string): GoldSpan {
  const quote = spec.q ?? spec.quote ?? "";
  if (quote === "") throw new Error(`${where}: span without a quote`);
  if (spec.start !== undefined && spec.end !== undefined) {
    if (text.slice(spec.start, spec.end) !== quote)
      throw new Error(`${where}: «${quote}» not at its offsets`);
    return { start: spec.start, end: spec.end, quote };
  }
  const anchor = spec.ctx ?? quote;
  const hits = occurrences(text, anchor);
  const at = hits[spec.n ?? 0];
  if (at === undefined)
    throw new Error(`${where}: «${anchor}» found ${hits.length} times, wanted #${spec.n ?? 0}`);
  if (spec.ctx !== undefined && spec.n === undefined && hits.length > 1)
    console.error(`warning ${where}: context «${anchor}» occurs ${hits.length} times; the first is used`);
  const inside = anchor.indexOf(quote);
  if (inside < 0) throw new Error(`${where}: «${quote}» is not inside its context «${anchor}»`);
  return { start: at + inside, end: at + inside + quote.length, quote };
}

interface DraftRecord {
  /** Absent in a finished gold record, which names its article by claim_file/article_index or id. */
  readonly ref?: string;
  readonly id?: string;
  readonly claim_file?: string;
  readonly article_index?: number;
  readonly published_at: string | null;
  readonly ignore?: readonly (IgnoreSpec | Span)[];
  readonly events: readonly (Record<string, unknown> & { trigger: SpanSpec; mentions?: SpanSpec[] })[];
  readonly claims: readonly (Record<string, unknown> & { cue: SpanSpec })[];
}

type IgnoreSpec = { from: SpanSpec; to: SpanSpec | "END" };

function resolveIgnore(text: string, range: IgnoreSpec | Span, where: string): Span {
  if (!("from" in range)) {
    if (range.start < 0 || range.end > text.length || range.end <= range.start)
      throw new Error(`${where}: ignore range out of the text`);
    return { start: range.start, end: range.end };
  }
  const from = resolveSpan(text, range.from, `${where} ignore.from`);
  const end = range.to === "END" ? text.length : resolveSpan(text, range.to, `${where} ignore.to`).end;
  if (end <= from.start) throw new Error(`${where}: ignore range ends before it starts`);
  return { start: from.start, end };
}

/** Turns one draft record into a gold record with offsets, id and checksum. */
export function resolveDraft(draft: DraftRecord): GoldArticle {
  const where =
    draft.ref ?? (draft.claim_file ? `${draft.claim_file}:${draft.article_index}` : (draft.id ?? ""));
  const ref = parseRef(where);
  const article = loadRef(ref);
  const { text } = article;
  const events = draft.events.map((event, i) => {
    const sub = String(event.sub_event_type);
    const type = eventTypeOf(sub);
    if (type === null) throw new Error(`${where} event ${i}: unknown sub-event type ${sub}`);
    const { mentions, trigger, ...rest } = event;
    return {
      sub_event_type: sub,
      event_type: type,
      trigger: resolveSpan(text, trigger, `${where} event ${i}`),
      ...(mentions?.length
        ? { mentions: mentions.map((m) => resolveSpan(text, m, `${where} event ${i}`)) }
        : {}),
      ...rest,
      aggregate: event.aggregate === true,
    };
  });
  const claims = draft.claims.map((claim, i) => ({
    ...claim,
    cue: resolveSpan(text, claim.cue, `${where} claim ${i}`),
  }));
  return {
    id: article.id,
    source: ref.source,
    ...(ref.source === "unifiedfc" ? { claim_file: ref.file, article_index: ref.index } : {}),
    text_sha256: sha256(text),
    published_at: draft.published_at,
    ...(draft.ignore?.length ? { ignore: draft.ignore.map((r) => resolveIgnore(text, r, where)) } : {}),
    events,
    claims,
    // Draft fields (actors, place, status …) are copied through unchecked: test/gold-annotations.test.ts
    // checks the written file against the vocabulary.
  } as unknown as GoldArticle;
}

function show(args: readonly string[]): void {
  const ref = parseRef(args[1] === undefined ? args[0]! : `${args[0]}:${args[1]}`);
  const { id, text, url } = loadRef(ref);
  console.log(`${id}  sha256 ${sha256(text)}  ${url ?? ""}`);
  let offset = 0;
  for (const line of text.split("\n")) {
    console.log(`[${offset}] ${line}`);
    offset += line.length + 1;
  }
}

function find(args: readonly string[]): void {
  const [file, index, phrase] = args;
  const { text } = loadRef(phrase === undefined ? parseRef(file!) : parseRef(`${file}:${index}`));
  const wanted = phrase ?? index!;
  occurrences(text, wanted).forEach((at, n) => {
    const context = `${text.slice(Math.max(0, at - 40), at)}【${wanted}】${text.slice(at + wanted.length, at + wanted.length + 40)}`;
    console.log(`#${n} ${at}-${at + wanted.length}  ${context.replace(/\n/g, " ⏎ ")}`);
  });
}

function resolve(args: readonly string[]): void {
  const [input, output] = args;
  if (input === undefined || output === undefined) throw new Error("usage: resolve DRAFT.jsonl OUT.jsonl");
  const lines = readFileSync(input, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const records = lines.map((line) => resolveDraft(JSON.parse(line) as DraftRecord));
  writeFileSync(output, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const events = records.reduce((n, r) => n + r.events.length, 0);
  const claims = records.reduce((n, r) => n + r.claims.length, 0);
  console.log(`${records.length} articles, ${events} events, ${claims} claims → ${output}`);
}

const commands: Record<string, (args: readonly string[]) => void> = { show, find, resolve };
const [command, ...rest] = process.argv.slice(2);
const run = command === undefined ? undefined : commands[command];
if (run === undefined) {
  console.error("usage: annotate-helper.ts show|find|resolve … (see the comment at the top)");
  process.exitCode = 2;
} else {
  run(rest);
}
