import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API, typed from the server's OpenAPI document (`npm run api:types` regenerates schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

export type Problem = components['schemas'] extends { Problem: infer P } ? P : ProblemDetails;

export interface ProblemDetails {
  title: string;
  status: number;
  detail: string;
  code: string;
  hint?: string;
  problems?: { path: string; message: string; line?: number; column?: string }[];
}

/** An API failure with the server's problem details (RFC 9457), shown to people in plain words. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
  /** Messages about one input field (the server reports the JSON path, e.g. "name" or "body.name"). */
  fieldMessage(field: string): string | undefined {
    const hit = this.problem.problems?.find((p) => p.path === field || p.path.endsWith(`.${field}`) || p.column === field);
    return hit?.message;
  }
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError({ title: 'network', status: 0, detail: '', code: 'network_error' });
  }
  if (result.error !== undefined || !result.response.ok) {
    const e = result.error;
    throw new ApiError(isProblem(e) ? e : { title: result.response.statusText, status: result.response.status, detail: '', code: 'http_error' });
  }
  return result.data as T;
}
