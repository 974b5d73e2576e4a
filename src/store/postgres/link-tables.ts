import { errorMessage, MarsadError } from "../../core/errors.js";
import type { LinkChanges, LinkState } from "../link-types.js";
import { type Queryable, rows, type Statement, type VersionRow } from "./statements.js";

/**
 * The linking tables of migration 005_links, with the semantics of src/store/sqlite/link-tables.ts. Each
 * kind of row in a change is one statement over arrays (unnest), not one statement per row: a change
 * carries hundreds of term counts, and each statement is a round trip to the server.
 */

const sql = (name: string, text: string): Statement => ({ name: `marsad_link_${name}`, text });

/** Rows of an id-keyed table (stories, events) in the order they were first stored. */
const upsertById = (table: string) =>
  sql(
    `put_${table}`,
    `INSERT INTO ${table}(id, data)
     SELECT id, data FROM unnest($1::text[], $2::json[]) WITH ORDINALITY AS r(id, data, n) ORDER BY n
     ON CONFLICT (id) DO UPDATE SET data = excluded.data`,
  );

export const LINK_SQL = {
  // Latest versions with an analysis of that version and no link made from it.
  unlinked: sql(
    "unlinked",
    `SELECT l.key, l.id, l.version, l.text, l.content_hash, l.source, l.url, l.published_at, l.title,
       l.duplicate_of, l.near_duplicate_of, l.ingested_at
     FROM latest_versions l JOIN analyses n ON n.article = l.key AND n.version = l.version
     WHERE NOT EXISTS (SELECT 1 FROM link_docs d WHERE d.article = l.key AND d.version = l.version)
     ORDER BY l.key LIMIT $1 OFFSET $2`,
  ),
  stories: sql("stories", "SELECT id, data FROM link_stories ORDER BY seq"),
  docs: sql(
    "docs",
    `SELECT a.id, d.version, d.story, d.data FROM link_docs d JOIN articles a ON a.key = d.article
     ORDER BY d.article`,
  ),
  events: sql("events", "SELECT id, data FROM link_events ORDER BY seq"),
  mentions: sql(
    "mentions",
    `SELECT a.id AS doc, m.mention, m.event, m.data FROM link_mentions m JOIN articles a ON a.key = m.article
     ORDER BY m.article, m.mention COLLATE "C"`,
  ),
  terms: sql("terms", `SELECT term, docs FROM link_terms ORDER BY term COLLATE "C"`),
  counters: sql("counters", "SELECT name, value FROM link_counters"),
  missingArticles: sql(
    "missing_articles",
    "SELECT r.id FROM unnest($1::text[]) AS r(id) WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.id)",
  ),
  deleteMentions: sql(
    "delete_mentions",
    `DELETE FROM link_mentions m USING unnest($1::text[], $2::text[]) AS r(doc, mention), articles a
     WHERE a.id = r.doc AND m.article = a.key AND m.mention = r.mention`,
  ),
  deleteEvents: sql("delete_events", "DELETE FROM link_events WHERE id = ANY ($1::text[])"),
  deleteDocs: sql(
    "delete_docs",
    "DELETE FROM link_docs WHERE article IN (SELECT key FROM articles WHERE id = ANY ($1::text[]))",
  ),
  deleteStories: sql("delete_stories", "DELETE FROM link_stories WHERE id = ANY ($1::text[])"),
  putStories: upsertById("link_stories"),
  putDocs: sql(
    "put_docs",
    `INSERT INTO link_docs(article, version, story, data)
     SELECT a.key, r.version, r.story, r.data
     FROM unnest($1::text[], $2::int[], $3::text[], $4::json[]) AS r(id, version, story, data)
     JOIN articles a ON a.id = r.id
     ON CONFLICT (article) DO UPDATE SET version = excluded.version, story = excluded.story, data = excluded.data`,
  ),
  putEvents: upsertById("link_events"),
  putMentions: sql(
    "put_mentions",
    `INSERT INTO link_mentions(article, mention, event, data)
     SELECT a.key, r.mention, r.event, r.data
     FROM unnest($1::text[], $2::text[], $3::text[], $4::json[]) AS r(doc, mention, event, data)
     JOIN articles a ON a.id = r.doc
     ON CONFLICT (article, mention) DO UPDATE SET event = excluded.event, data = excluded.data`,
  ),
  putTerms: sql(
    "put_terms",
    `INSERT INTO link_terms(term, docs) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (term) DO UPDATE SET docs = excluded.docs`,
  ),
  deleteTerms: sql("delete_terms", "DELETE FROM link_terms WHERE term = ANY ($1::text[])"),
  putCounters: sql(
    "put_counters",
    `INSERT INTO link_counters(name, value) SELECT * FROM unnest($1::text[], $2::int8[])
     ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
  ),
} as const;

const CLEAR_ORDER = [
  "link_mentions",
  "link_events",
  "link_docs",
  "link_stories",
  "link_terms",
  "link_counters",
];

export async function unlinked(db: Queryable, limit: number, offset: number): Promise<VersionRow[]> {
  return rows<VersionRow>(db, LINK_SQL.unlinked, [limit, offset]);
}

/** The whole state; the caller runs it in one snapshot (REPEATABLE READ), so the parts agree. */
export async function readLinkState(db: Queryable): Promise<LinkState> {
  type DataRow = { id: string; data: unknown };
  const stories = await rows<DataRow>(db, LINK_SQL.stories);
  const docs = await rows<DataRow & { version: number; story: string }>(db, LINK_SQL.docs);
  const events = await rows<DataRow>(db, LINK_SQL.events);
  const mentions = await rows<{ doc: string; mention: string; event: string; data: unknown }>(
    db,
    LINK_SQL.mentions,
  );
  const terms = await rows<{ term: string; docs: number }>(db, LINK_SQL.terms);
  const counters = await rows<{ name: string; value: string }>(db, LINK_SQL.counters);
  return {
    stories,
    docs,
    events,
    mentions,
    terms,
    counters: Object.fromEntries(counters.map((c) => [c.name, Number(c.value)])),
  };
}

/** Applies a change inside the caller's transaction: removals, upserts, then terms and counters. */
export async function applyLinkChanges(db: Queryable, changes: LinkChanges): Promise<void> {
  try {
    await checkArticles(db, changes);
    const removed = changes.removedMentions ?? [];
    await run(db, LINK_SQL.deleteMentions, [removed.map((m) => m.doc), removed.map((m) => m.mention)]);
    await run(db, LINK_SQL.deleteEvents, [changes.removedEvents ?? []]);
    await run(db, LINK_SQL.deleteDocs, [changes.removedDocs ?? []]);
    await run(db, LINK_SQL.deleteStories, [changes.removedStories ?? []]);
    const stories = lastWins(changes.stories ?? [], (s) => s.id);
    await run(db, LINK_SQL.putStories, [
      stories.map((s) => s.id),
      stories.map((s) => json(s.data, `story "${s.id}"`)),
    ]);
    await putDocs(db, changes);
    const events = lastWins(changes.events ?? [], (e) => e.id);
    await run(db, LINK_SQL.putEvents, [
      events.map((e) => e.id),
      events.map((e) => json(e.data, `event "${e.id}"`)),
    ]);
    await putMentions(db, changes);
    const terms = lastWins(changes.terms ?? [], (t) => t.term);
    const kept = terms.filter((t) => t.docs > 0);
    await run(db, LINK_SQL.putTerms, [kept.map((t) => t.term), kept.map((t) => t.docs)]);
    await run(db, LINK_SQL.deleteTerms, [terms.filter((t) => !(t.docs > 0)).map((t) => t.term)]);
    const counters = Object.entries(changes.counters ?? {});
    await run(db, LINK_SQL.putCounters, [counters.map(([name]) => name), counters.map(([, value]) => value)]);
  } catch (error) {
    throw new MarsadError(
      "store_write",
      `link changes: ${errorMessage(error)}; nothing of this change was stored`,
      { cause: error },
    );
  }
}

export async function clearLinkTables(db: Queryable): Promise<void> {
  // Fixed table names, children before parents (foreign keys).
  for (const table of CLEAR_ORDER) await db.query(`DELETE FROM ${table}`);
}

async function putDocs(db: Queryable, changes: LinkChanges): Promise<void> {
  const docs = lastWins(changes.docs ?? [], (d) => d.id);
  for (const doc of docs) {
    if (!Number.isInteger(doc.version) || doc.version < 1 || doc.version > 2 ** 31 - 1)
      throw new MarsadError("invalid_link", `linked document "${doc.id}" has no valid version`);
  }
  await run(db, LINK_SQL.putDocs, [
    docs.map((d) => d.id),
    docs.map((d) => d.version),
    docs.map((d) => d.story),
    docs.map((d) => json(d.data, `document "${d.id}"`)),
  ]);
}

async function putMentions(db: Queryable, changes: LinkChanges): Promise<void> {
  const mentions = lastWins(changes.mentions ?? [], (m) => JSON.stringify([m.doc, m.mention]));
  await run(db, LINK_SQL.putMentions, [
    mentions.map((m) => m.doc),
    mentions.map((m) => m.mention),
    mentions.map((m) => m.event),
    mentions.map((m) => json(m.data, `mention "${m.mention}" of "${m.doc}"`)),
  ]);
}

/** Documents and mentions must name stored articles: say which one is not, as SQLite's store does. */
async function checkArticles(db: Queryable, changes: LinkChanges): Promise<void> {
  const ids = new Set([
    ...(changes.docs ?? []).map((d) => d.id),
    ...(changes.mentions ?? []).map((m) => m.doc),
  ]);
  if (ids.size === 0) return;
  const [missing] = await rows<{ id: string }>(db, LINK_SQL.missingArticles, [[...ids]]);
  if (missing) throw new MarsadError("not_found", `no stored article "${missing.id}" to link`);
}

/** Rows applied one after another keep the last value for a key, at the position of its first. */
function lastWins<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** Skips the round trip when there is nothing to send. */
async function run(db: Queryable, statement: Statement, values: (readonly unknown[])[]): Promise<void> {
  if (values[0]!.length === 0) return;
  await db.query({ ...statement, values });
}

function json(value: unknown, what: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new MarsadError("invalid_link", `the data of ${what} is not JSON`);
  return text;
}
