import { ErrorCode as ContractErrorCode } from '../../../../libs/common/src/error-code';
import type { ClashingSlot, FieldError, Finding, Problem } from './types';

// The contract's error codes come from the api's own list (libs/common/src/error-code.ts, a file
// without dependencies so the web build can read it); two more are the browser's own.
export type ErrorCode = `${ContractErrorCode}` | 'NETWORK' | 'UNKNOWN';

const KNOWN_CODES: readonly string[] = Object.values(ContractErrorCode);

// Used when a response carries no (known) code, so every failure still gets a sensible message.
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  readonly findings: Finding[];
  readonly lockedUntil: string | null;
  readonly clashingSlot: ClashingSlot | null;

  constructor(status: number, code: ErrorCode, problem?: Partial<Problem>) {
    super(problem?.detail ?? problem?.title ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = problem?.errors ?? [];
    this.findings = problem?.findings ?? [];
    this.lockedUntil = typeof problem?.lockedUntil === 'string' ? problem.lockedUntil : null;
    this.clashingSlot = problem?.clashingSlot?.id ? problem.clashingSlot : null;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'UNKNOWN');
}

const TOKEN_KEY = 'sparringsportalen.accessToken';
const REFRESH_KEY = 'sparringsportalen.refreshToken';

// sessionStorage: the tokens die with the tab, which suits shared office PCs.
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  getRefresh: (): string | null => sessionStorage.getItem(REFRESH_KEY),
  set: (token: string, refreshToken?: string | null): void => {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (refreshToken) sessionStorage.setItem(REFRESH_KEY, refreshToken);
    else sessionStorage.removeItem(REFRESH_KEY);
  },
  clear: (): void => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(REFRESH_KEY);
  },
};

let unauthenticatedHandler: (() => void) | null = null;

/** Called when a signed-in request comes back 401 and no refresh helps: the session has ended. */
export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

// Routes that must never trigger a refresh themselves (they are the refresh, or public sign-in).
const NO_REFRESH_PATHS = [
  '/auth/login',
  '/auth/login/mfa',
  '/auth/refresh',
  '/auth/logout',
  '/auth/config',
  '/auth/password',
  '/auth/password/forgot',
];

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Exchanges the stored refresh token for a new pair. Concurrent callers share one request: each
 * refresh token works once, and a second use would end the session.
 */
export function refreshTokens(): Promise<boolean> {
  if (refreshInFlight) return refreshInFlight;
  const refreshToken = tokenStore.getRefresh();
  if (!refreshToken) return Promise.resolve(false);
  refreshInFlight = (async () => {
    try {
      const response = await fetch(buildUrl('/auth/refresh'), {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!response.ok) {
        tokenStore.clear();
        return false;
      }
      const pair = (await response.json()) as { accessToken?: string; refreshToken?: string };
      if (!pair.accessToken) {
        tokenStore.clear();
        return false;
      }
      tokenStore.set(pair.accessToken, pair.refreshToken);
      return true;
    } catch {
      return false; // network trouble: keep the tokens, the next request may try again
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const token = tokenStore.get();
  let response = await sendOnce(method, path, options, token);
  if (response.status === 401 && token && !NO_REFRESH_PATHS.includes(path)) {
    // The access token is short-lived: get a new pair once and try again. If another request
    // refreshed meanwhile, the stored token is already new and is simply used.
    const current = tokenStore.get();
    const renewed = current !== null && current !== token ? true : await refreshTokens();
    if (renewed && tokenStore.get()) {
      response = await sendOnce(method, path, options, tokenStore.get());
    }
    if (response.status === 401) {
      const problem = await readProblem(response);
      unauthenticatedHandler?.();
      throw new ApiError(401, 'UNAUTHENTICATED', problem);
    }
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    const code = KNOWN_CODES.includes(problem.code ?? '')
      ? (problem.code as ErrorCode)
      : (CODE_BY_STATUS[response.status] ?? 'UNKNOWN');
    throw new ApiError(response.status, code, problem);
  }
  return response;
}

async function sendOnce(
  method: string,
  path: string,
  options: RequestOptions,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (token) headers.Authorization = `Bearer ${token}`;

  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary itself
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  try {
    return await fetch(buildUrl(path, options.query), { method, headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK');
  }
}

async function readProblem(response: Response): Promise<Partial<Problem>> {
  try {
    const parsed: unknown = await response.json();
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Problem>) : {};
  } catch {
    return {};
  }
}

export async function request<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** One page of a keyset-paginated list; the next page's cursor comes in the `X-Next-Cursor` header. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export async function requestPage<T>(path: string, options?: RequestOptions): Promise<Page<T>> {
  const response = await send('GET', path, options);
  return { items: (await response.json()) as T[], nextCursor: response.headers.get('X-Next-Cursor') };
}

/** Every page of a bounded list (a week of slots, say), followed one after the other. */
export async function requestAllPages<T>(path: string, options: RequestOptions = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await requestPage<T>(path, {
      ...options,
      query: { ...options.query, limit: 200, cursor },
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * Downloads a protected file. A plain link would not carry the bearer token, so the file is
 * fetched and handed to the browser as an object URL.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  options?: RequestOptions,
): Promise<void> {
  const response = await send('GET', path, { ...options, headers: { Accept: '*/*', ...options?.headers } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/**
 * Asks the api for the queue dashboard's cookie (a 15-minute, dashboard-only token; the access
 * token itself never leaves sessionStorage), so that /admin/queues opens signed in — also in a new
 * tab, which has no sessionStorage of its own. Renews the access token once when it has expired.
 */
export async function openQueueDashboardSession(): Promise<void> {
  const post = () =>
    fetch('/admin/queues/session', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokenStore.get() ?? ''}` },
      credentials: 'same-origin',
    });
  let response: Response;
  try {
    response = await post();
    if (response.status === 401 || response.status === 403) {
      if (await refreshTokens()) response = await post();
    }
  } catch {
    throw new ApiError(0, 'NETWORK');
  }
  if (!response.ok) throw new ApiError(response.status, response.status === 403 ? 'FORBIDDEN' : 'UNKNOWN');
}
