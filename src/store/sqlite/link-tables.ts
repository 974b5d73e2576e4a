import type Database from "better-sqlite3";
import { MarsadError } from "../../core/errors.js";
import type { LinkChanges, LinkState, MentionKey } from "../link-types.js";
import type { VersionRow } from "./statements.js";

/** The linking tables of migration 005_links: statements and the two operations the store exposes. */

interface DataRow {
  id: string;
  data: string;
}

function prepareLinkStatements(db: Database.Database) {
  return {
    // Latest versions with an analysis of that version and no link made from it.
    unlinked: db.prepare<[number, number], VersionRow>(
      `SELECT l.key, l.id, l.version, l.text, l.content_hash, l.source, l.url, l.published_at, l.title,
         l.duplicate_of, l.near_duplicate_of, l.ingested_at
       FROM latest_versions l JOIN analyses n ON n.article = l.key AND n.version = l.version
       WHERE NOT EXISTS (SELECT 1 FROM link_docs d WHERE d.article = l.key AND d.version = l.version)
       ORDER BY l.key LIMIT ? OFFSET ?`,
    ),
    articleKey: db.prepare<[string], { key: number }>("SELECT key FROM articles WHERE id = ?"),
    stories: db.prepare<[], DataRow>("SELECT id, data FROM link_stories ORDER BY rowid"),
    docs: db.prepare<[], DataRow & { version: number; story: string }>(
      `SELECT a.id, d.version, d.story, d.data FROM link_docs d JOIN articles a ON a.key = d.article
       ORDER BY d.article`,
    ),
    events: db.prepare<[], DataRow>("SELECT id, data FROM link_events ORDER BY rowid"),
    mentions: db.prepare<[], { doc: string; mention: string; event: string; data: string }>(
      `SELECT a.id AS doc, m.mention, m.event, m.data FROM link_mentions m JOIN articles a ON a.key = m.article
       ORDER BY m.article, m.mention`,
    ),
    terms: db.prepare<[], { term: string; docs: number }>("SELECT term, docs FROM link_terms"),
    counters: db.prepare<[], { name: string; value: number }>("SELECT name, value FROM link_counters"),
    deleteMention: db.prepare<[number, string], void>(
      "DELETE FROM link_mentions WHERE article = ? AND mention = ?",
    ),
    deleteEvent: db.prepare<[string], void>("DELETE FROM link_events WHERE id = ?"),
    deleteDoc: db.prepare<[number], void>("DELETE FROM link_docs WHERE article = ?"),
    deleteStory: db.prepare<[string], void>("DELETE FROM link_stories WHERE id = ?"),
    putStory: db.prepare<[string, string], void>(
      "INSERT INTO link_stories(id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
    ),
    putDoc: db.prepare<[number, number, string, string], void>(
      `INSERT INTO link_docs(article, version, story, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(article) DO UPDATE SET version = excluded.version, story = excluded.story, data = excluded.data`,
    ),
    putEvent: db.prepare<[string, string], void>(
      "INSERT INTO link_events(id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
    ),
    putMention: db.prepare<[number, string, string, string], void>(
      `INSERT INTO link_mentions(article, mention, event, data) VALUES (?, ?, ?, ?)
       ON CONFLICT(article, mention) DO UPDATE SET event = excluded.event, data = excluded.data`,
    ),
    putTerm: db.prepare<[string, number], void>(
      "INSERT INTO link_terms(term, docs) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET docs = excluded.docs",
    ),
    deleteTerm: db.prepare<[string], void>("DELETE FROM link_terms WHERE term = ?"),
    putCounter: db.prepare<[string, number], void>(
      `INSERT INTO link_counters(name, value) VALUES (?, ?)
       ON CONFLICT(name) DO UPDATE SET value = excluded.value`,
    ),
  };
}

type LinkStatements = ReturnType<typeof prepareLinkStatements>;

/** Linking state reads and writes over one SQLite connection. */
export class LinkTables {
  private readonly st: LinkStatements;

  constructor(private readonly db: Database.Database) {
    this.st = prepareLinkStatements(db);
  }

  unlinked(limit: number, offset: number): VersionRow[] {
    return this.st.unlinked.all(limit, offset);
  }

  state(): LinkState {
    const st = this.st;
    return this.db.transaction(() => ({
      stories: st.stories.all().map((r) => ({ id: r.id, data: JSON.parse(r.data) as unknown })),
      docs: st.docs.all().map((r) => ({
        id: r.id,
        version: r.version,
        story: r.story,
        data: JSON.parse(r.data) as unknown,
      })),
      events: st.events.all().map((r) => ({ id: r.id, data: JSON.parse(r.data) as unknown })),
      mentions: st.mentions.all().map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })),
      terms: st.terms.all(),
      counters: Object.fromEntries(st.counters.all().map((r) => [r.name, r.value])),
    }))();
  }

  /** One IMMEDIATE transaction: a failing row (a missing reference, data that is not JSON) rolls all back. */
  apply(changes: LinkChanges): void {
    try {
      this.db.transaction(() => this.applyInTransaction(changes)).immediate();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MarsadError("store_write", `link changes: ${reason}; nothing of this change was stored`, {
        cause: error,
      });
    }
  }

  clear(): void {
    this.db
      .transaction(() => {
        for (const table of ["link_mentions", "link_events", "link_docs", "link_stories", "link_terms"])
          this.db.exec(`DELETE FROM ${table}`);
        this.db.exec("DELETE FROM link_counters");
      })
      .immediate();
  }

  private applyInTransaction(changes: LinkChanges): void {
    const st = this.st;
    for (const key of changes.removedMentions ?? []) this.removeMention(key);
    for (const id of changes.removedEvents ?? []) st.deleteEvent.run(id);
    for (const id of changes.removedDocs ?? []) {
      const key = st.articleKey.get(id)?.key;
      if (key !== undefined) st.deleteDoc.run(key);
    }
    for (const id of changes.removedStories ?? []) st.deleteStory.run(id);
    for (const row of changes.stories ?? []) st.putStory.run(row.id, json(row.data, `story "${row.id}"`));
    for (const row of changes.docs ?? []) {
      if (!Number.isInteger(row.version) || row.version < 1)
        throw new MarsadError("invalid_link", `linked document "${row.id}" has no valid version`);
      st.putDoc.run(this.key(row.id), row.version, row.story, json(row.data, `document "${row.id}"`));
    }
    for (const row of changes.events ?? []) st.putEvent.run(row.id, json(row.data, `event "${row.id}"`));
    for (const row of changes.mentions ?? []) {
      const where = `mention "${row.mention}" of "${row.doc}"`;
      st.putMention.run(this.key(row.doc), row.mention, row.event, json(row.data, where));
    }
    for (const { term, docs } of changes.terms ?? []) {
      if (docs > 0) st.putTerm.run(term, docs);
      else st.deleteTerm.run(term);
    }
    for (const [name, value] of Object.entries(changes.counters ?? {})) st.putCounter.run(name, value);
  }

  private removeMention({ doc, mention }: MentionKey): void {
    const key = this.st.articleKey.get(doc)?.key;
    if (key !== undefined) this.st.deleteMention.run(key, mention);
  }

  private key(id: string): number {
    const row = this.st.articleKey.get(id);
    if (!row) throw new MarsadError("not_found", `no stored article "${id}" to link`);
    return row.key;
  }
}

function json(value: unknown, what: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new MarsadError("invalid_link", `the data of ${what} is not JSON`);
  return text;
}
