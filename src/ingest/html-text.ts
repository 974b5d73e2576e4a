/**
 * Plain text from an HTML tree, the way a reader sees it: whitespace collapsed as a browser does, one
 * paragraph per block element, paragraphs separated by "\n\n", `<br>` as "\n", `<pre>` kept verbatim.
 */

/** The little of the DOM this needs; linkedom's nodes have it. */
export interface TextNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

const ELEMENT = 1;
const TEXT = 3;

const BLOCKS = new Set(
  (
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table " +
    "tbody thead tfoot tr ul caption legend option"
  ).split(" "),
);
const SKIPPED = new Set(
  "head title script style noscript template svg canvas iframe object embed select".split(" "),
);
const CELLS = new Set(["td", "th"]);
// HTML's own whitespace (not the no-break space, which is content).
const HTML_SPACE = /[ \t\n\r\f]+/g;

class Paragraphs {
  readonly done: string[] = [];
  private current = "";

  /** Adds text; collapsed text drops a space that would follow another space, as browsers render it. */
  add(text: string, collapsed = true): void {
    const last = this.current[this.current.length - 1];
    const afterSpace = last === undefined || last === " " || last === "\n";
    this.current += collapsed && afterSpace && text.startsWith(" ") ? text.slice(1) : text;
  }

  /** Ends the current paragraph, if it holds anything besides whitespace. */
  flush(): void {
    const text = this.current.replace(/ *\n */g, "\n").replace(/^[ \n]+|[ \n]+$/g, "");
    if (text !== "") this.done.push(text);
    this.current = "";
  }
}

function walk(node: TextNode, out: Paragraphs, inPre: boolean): void {
  if (node.nodeType === TEXT) {
    const value = node.nodeValue ?? "";
    out.add(inPre ? value : value.replace(HTML_SPACE, " "), !inPre);
    return;
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === "br") {
    out.add("\n", false);
    return;
  }
  const block = BLOCKS.has(name);
  if (block) out.flush();
  if (CELLS.has(name)) out.add(" ");
  const pre = inPre || name === "pre" || name === "textarea";
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out, pre);
  if (CELLS.has(name)) out.add(" ");
  if (block) out.flush();
}

/** The visible text under `root`, paragraphs joined by a blank line. */
export function htmlToText(root: TextNode): string {
  const out = new Paragraphs();
  walk(root, out, false);
  out.flush();
  return out.done.join("\n\n");
}
