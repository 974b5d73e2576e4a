/** A sentence read from CoNLL text: tokens as written, and the tag column when there is one. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/**
 * CoNLL reader: one token per line, columns split on spaces or tabs, the LAST column as the tag when there
 * are two or more, a blank line between sentences. Windows line ends are tolerated.
 */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of text.split("\n")) {
    const trimmed = line.replace(/\r$/, "");
    if (trimmed.trim() === "") {
      flush();
      continue;
    }
    const columns = trimmed.trim().split(/[ \t]+/);
    tokens.push(columns[0]!);
    tags.push(columns.length > 1 ? columns[columns.length - 1]! : "O");
  }
  flush();
  return sentences;
}
