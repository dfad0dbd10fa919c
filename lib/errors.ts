// The one error shape of the domain. Server actions turn these into form state;
// pages turn NotFound into notFound() and Unauthenticated into a redirect to sign in.

export class AppError extends Error {}

// Also used when access is denied, so that nobody learns what exists elsewhere.
export class NotFoundError extends AppError {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super("Sign in first");
    this.name = "UnauthenticatedError";
  }
}

// Optimistic concurrency: someone else saved a newer version meanwhile.
export class ConflictError<T = unknown> extends AppError {
  constructor(readonly current: T) {
    super("Changed meanwhile");
    this.name = "ConflictError";
  }
}

export class FieldError extends AppError {
  constructor(readonly field: string, readonly messageKey: string) {
    super(messageKey);
    this.name = "FieldError";
  }
}
