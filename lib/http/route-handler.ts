import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getViewer, withViewerScope, type Viewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/env";
import { FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-state";
import { loggablePath, requestLogger } from "@/lib/log";
import { readLimitedBody } from "./read-limited-body";
import { isSameOrigin } from "./same-origin";

export type ViewerMode = "required" | "optional" | "none";
type ViewerOf<M extends ViewerMode> = M extends "required" ? Viewer : M extends "optional" ? Viewer | null : null;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteContext<M extends ViewerMode, P, Q, B> = {
  request: NextRequest;
  viewer: ViewerOf<M>;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  // This request's path with its query string, e.g. to come back after signing in.
  path: string;
};

export type RouteOptions<M extends ViewerMode, P, Q, B> = {
  // "required": signed out → GET/HEAD are sent to sign in and come back (downloads are
  // links on our pages, so they behave like pages); other methods get 401 (a browser
  // cannot be sent back to a POST). "optional": viewer or null. "none" (default): no
  // session lookup at all (token-protected routes, sign-in starts).
  viewer?: M;
  // Route segments; a value the schema refuses is answered 404 (an impossible id is absent).
  params?: P;
  // Search parameters as an object (repeated keys become arrays); refused → 400.
  query?: Q;
  // The form body (urlencoded or multipart, text fields only); refused or unreadable → 400,
  // or `invalidBody`'s answer, for plain HTML forms that go back to their page.
  body?: B;
  invalidBody?: (context: { request: NextRequest; params: Parsed<P> }) => Response | Promise<Response>;
  // Bodies above this are answered 413 without being read further. Default 64 kB.
  maxBodyBytes?: number;
};

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);
export const defaultMaxBodyBytes = 64 * 1024;

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

// Every route handler (app/**/route.ts) is built here, the twin of serverAction(): one
// same-origin rule, one body limit, one viewer lookup, zod for what the handler reads,
// and domain errors mapped to HTTP. Denied looks like absent: NotFoundError and
// UnauthenticatedError are 404, FieldError and zod refusals 400, anything else is
// rethrown (500).
export function routeHandler<
  M extends ViewerMode = "none",
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(options: RouteOptions<M, P, Q, B>, handler: (context: RouteContext<M, P, Q, B>) => Response | Promise<Response>) {
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  // One viewer lookup per request, shared with whatever else asks (next-intl's config).
  return (request: NextRequest, segment?: { params?: Promise<Record<string, string | string[] | undefined>> }): Promise<Response> => withViewerScope(() => handle(request, segment));
  async function handle(request: NextRequest, segment?: { params?: Promise<Record<string, string | string[] | undefined>> }): Promise<Response> {
    const unsafe = !safeMethods.has(request.method);
    if (unsafe && !isSameOrigin(request)) return text(403, "Forbidden");
    const declared = Number(request.headers.get("content-length"));
    if (unsafe && Number.isFinite(declared) && declared > limit) return text(413, "Payload too large");

    const params = options.params ? options.params.safeParse((await segment?.params) ?? {}) : undefined;
    if (params && !params.success) return text(404, "Not found");
    const parsedParams = params?.data as Parsed<P>;

    const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
    const mode = options.viewer ?? "none";
    const viewer = mode === "none" ? null : await getViewer();
    if (mode === "required" && !viewer) {
      if (request.method === "GET" || request.method === "HEAD") return NextResponse.redirect(`${appUrl()}/signin?callbackUrl=${encodeURIComponent(path)}`, 303);
      return text(401, "Sign in first");
    }

    const query = options.query ? options.query.safeParse(searchParamsToObject(request.nextUrl.searchParams)) : undefined;
    if (query && !query.success) return text(400, "Bad request");

    let body: unknown;
    let bodyRefused = false;
    if (options.body) {
      const bytes = await readLimitedBody(request, limit);
      if (!bytes) return text(413, "Payload too large");
      const fields = await parseForm(bytes, request.headers.get("content-type"));
      const parsed = fields ? options.body.safeParse(fields) : undefined;
      if (parsed?.success) body = parsed.data;
      else bodyRefused = true;
    }

    // The answers below may throw domain errors too (e.g. NotFoundError when a feature is off).
    try {
      if (bodyRefused) return options.invalidBody ? await options.invalidBody({ request, params: parsedParams }) : text(400, "Bad request");
      return await handler({ request, viewer: viewer as ViewerOf<M>, params: parsedParams, query: query?.data as Parsed<Q>, body: body as Parsed<B>, path });
    } catch (error) {
      try {
        return toResponse(error);
      } catch (unexpected) {
        requestLogger(request.headers).error({ err: unexpected, method: request.method, path: loggablePath(request.nextUrl.pathname) }, "route handler failed");
        throw unexpected;
      }
    }
  }
}

function toResponse(error: unknown): Response {
  if (error instanceof NotFoundError || error instanceof UnauthenticatedError) return text(404, "Not found");
  if (error instanceof FieldError || error instanceof z.core.$ZodError) return text(400, "Bad request");
  throw error;
}

function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}

// Null when the body is not a form at all.
async function parseForm(bytes: Uint8Array, contentType: string | null): Promise<Record<string, unknown> | null> {
  if (!contentType) return null;
  try {
    return formDataToObject(await new Response(bytes as BodyInit, { headers: { "content-type": contentType } }).formData());
  } catch {
    return null;
  }
}
