import { getJson } from "../api.js";
import { h, svg } from "../dom.js";
import { filterBar, filterParams } from "../filters.js";
import { lang, t } from "../i18n.js";
import { navigate, type Route } from "../router.js";
import { EVENT_TYPES, typeBadge } from "../vocab.js";

/** Events per day as stacked bars (one colour per type); a bar opens the list of that day's events. */

interface DayCount {
  readonly date: string;
  readonly total: number;
  readonly by_type: Readonly<Record<string, number>>;
}

const WIDTH = 960;
const HEIGHT = 260;
const PAD = { top: 16, bottom: 36, side: 36 };
const DAY_MS = 86_400_000;

/** Every day from the first to the last, with zero counts for the quiet days. */
export function fillDays(days: readonly DayCount[]): DayCount[] {
  if (days.length === 0) return [];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const first = Date.parse(days[0]!.date);
  const last = Date.parse(days.at(-1)!.date);
  const out: DayCount[] = [];
  for (let at = first; at <= last; at += DAY_MS) {
    const date = new Date(at).toISOString().slice(0, 10);
    out.push(byDate.get(date) ?? { date, total: 0, by_type: {} });
  }
  return out;
}

function bar(day: DayCount, x: number, width: number, scale: number, route: Route): SVGElement {
  const group = svg(
    "g",
    { class: "bar", tabindex: 0, role: "button" },
    svg("title", {}, `${day.date}: ${day.total}`),
  );
  let y = HEIGHT - PAD.bottom;
  for (const [type, color] of EVENT_TYPES) {
    const n = day.by_type[type] ?? 0;
    if (n === 0) continue;
    const height = n * scale;
    y -= height;
    group.append(svg("rect", { x, y, width, height, fill: color }));
  }
  const open = () => {
    const params = filterParams(route);
    params.set("from", day.date);
    params.set("to", day.date);
    navigate(["events"], params);
  };
  group.addEventListener("click", open);
  group.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && open());
  return group;
}

function chart(days: readonly DayCount[], route: Route): SVGElement {
  const max = Math.max(1, ...days.map((d) => d.total));
  const scale = (HEIGHT - PAD.top - PAD.bottom) / max;
  const step = (WIDTH - 2 * PAD.side) / days.length;
  const rtl = lang() === "ar";
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "timeline",
    role: "img",
    "aria-label": t("per_day"),
  });
  root.append(
    svg("line", {
      x1: PAD.side,
      x2: WIDTH - PAD.side,
      y1: HEIGHT - PAD.bottom,
      y2: HEIGHT - PAD.bottom,
      class: "axis",
    }),
  );
  root.append(
    svg(
      "text",
      { x: rtl ? WIDTH - 4 : 4, y: PAD.top + 4, class: "tick", "text-anchor": rtl ? "end" : "start" },
      String(max),
    ),
  );
  const every = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, i) => {
    // Time runs in the reading direction: right to left in Arabic.
    const x = rtl ? WIDTH - PAD.side - (i + 1) * step : PAD.side + i * step;
    if (day.total > 0) root.append(bar(day, x + step * 0.1, Math.max(step * 0.8, 1), scale, route));
    if (i % every === 0 || i === days.length - 1) {
      root.append(
        svg(
          "text",
          { x: x + step / 2, y: HEIGHT - PAD.bottom + 18, class: "tick", "text-anchor": "middle" },
          day.date.slice(5),
        ),
      );
    }
  });
  return root;
}

export async function timelineView(root: HTMLElement, route: Route): Promise<void> {
  root.append(filterBar(route));
  const { days, undated } = await getJson<{ days: DayCount[]; undated: number }>(
    "/api/timeline",
    filterParams(route),
  );
  const filled = fillDays(days);
  const range =
    filled.length > 0
      ? h(
          "small",
          {},
          h("span", { dir: "ltr" }, filled[0]!.date),
          " – ",
          h("span", { dir: "ltr" }, filled.at(-1)!.date),
        )
      : null;
  root.append(
    h(
      "section",
      { class: "card" },
      h("h2", {}, t("per_day"), " ", range),
      filled.length > 0 ? chart(filled, route) : h("p", {}, t("no_events")),
      h("ul", { class: "legend inline" }, ...EVENT_TYPES.map(([type]) => h("li", {}, typeBadge(type)))),
      undated > 0 ? h("p", { class: "muted" }, `${t("undated")}: ${undated}`) : null,
    ),
  );
}
