import { postJson } from "../api.js";
import { arabic, h, link } from "../dom.js";
import { label, t } from "../i18n.js";
import type { Route } from "../router.js";

/** The claim check: a claim in, the stored news that bears on it out (with stances once a model gives them). */

interface VerifyResult {
  readonly claim: string;
  readonly verdict: string;
  readonly method: string;
  readonly evidence: readonly {
    doc: string;
    source: string | null;
    published_at: string | null;
    stance: string | null;
    confidence: number | null;
    snippet: string;
  }[];
}

function results(result: VerifyResult): HTMLElement {
  return h(
    "section",
    { class: "card verify-result" },
    h(
      "h2",
      {},
      `${t("verdict")}: `,
      h("span", { class: `badge verdict-${result.verdict}` }, label("verdict", result.verdict)),
    ),
    result.evidence.length === 0
      ? h("p", {}, t("no_evidence"))
      : h(
          "ol",
          { class: "evidence-list" },
          ...result.evidence.map((e) =>
            h(
              "li",
              {},
              link(`/doc/${encodeURIComponent(e.doc)}`, e.doc),
              h(
                "span",
                { class: "muted" },
                " · ",
                arabic(e.source ?? "—"),
                " · ",
                h("span", { dir: "ltr" }, e.published_at ?? ""),
              ),
              e.stance ? h("span", { class: "badge" }, `${t("stance")}: ${e.stance}`) : null,
              arabic(e.snippet, "p"),
            ),
          ),
        ),
  );
}

export async function checkView(root: HTMLElement, _route: Route): Promise<void> {
  const input = h("textarea", {
    name: "claim",
    rows: 3,
    dir: "rtl",
    lang: "ar",
    placeholder: t("claim_hint"),
    required: true,
  });
  const out = h("div", { class: "verify-output" });
  const form = h(
    "form",
    { class: "card check" },
    h("label", { class: "field wide" }, h("span", {}, t("claim")), input),
    h("button", { type: "submit", class: "primary" }, t("check")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    out.replaceChildren(h("p", { class: "muted" }, t("loading")));
    try {
      out.replaceChildren(results(await postJson<VerifyResult>("/api/verify", { claim: input.value })));
    } catch (error) {
      out.replaceChildren(h("p", { class: "error" }, `${t("error")}: ${(error as Error).message}`));
    }
  });
  root.append(h("h1", {}, t("nav_check")), form, out);
}
