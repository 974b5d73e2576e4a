/** The UI's client for the Marsad API (same origin); the types of what it reads are in api-types.ts. */

export type * from "./api-types.js";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = "marsad.token";

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      body?.error?.code ?? "error",
      body?.error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export function getJson<T>(path: string, params: URLSearchParams = new URLSearchParams()): Promise<T> {
  const query = params.toString();
  return request<T>(query ? `${path}?${query}` : path);
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}
