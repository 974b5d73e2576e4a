/** Hash routes: `#/events?type=Battles`, `#/event/ev12`. Filters live in the query so views share them. */

export interface Route {
  readonly path: readonly string[];
  readonly params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, "") || "/map";
  const [path = "", query = ""] = hash.split("?", 2);
  return {
    path: path
      .split("/")
      .filter((p) => p !== "")
      .map((p) => decodeURIComponent(p)),
    params: new URLSearchParams(query),
  };
}

export function routeHref(path: readonly string[], params?: URLSearchParams): string {
  const query = params?.toString();
  return `/${path.map(encodeURIComponent).join("/")}${query ? `?${query}` : ""}`;
}

export function navigate(path: readonly string[], params?: URLSearchParams): void {
  location.hash = routeHref(path, params);
}
