import pino, { type DestinationStream, type Logger } from "pino";

// The one logger (pino): one JSON object per line with time (ISO), level (as a word),
// msg, and a request id where there is a request (`requestLogger`). No personal data
// beyond ids: fields that could hold an address, a name, a phone number or a message
// text are redacted wherever they appear, and paths lose their secret tokens.
// In development (NODE_ENV=development) the same lines are printed readably instead.
// LOG_LEVEL sets the threshold (default info).
export const redactedFields = ["email", "to", "name", "phone", "text", "html", "body", "token", "cookie", "authorization"];

export function createLogger(destination?: DestinationStream, options: { pretty?: boolean; level?: string } = {}): Logger {
  const pretty = options.pretty ?? process.env.NODE_ENV === "development";
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...redactedFields, ...redactedFields.map((field) => `*.${field}`)], censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err },
    },
    destination ?? (pretty ? readable() : pino.destination({ sync: false })),
  );
}

// "12:03:04 INFO  msg  key=value …" for a person reading a terminal.
function readable(): DestinationStream {
  return {
    write(line: string) {
      try {
        const { time, level, msg, pid: _pid, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const extra = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`).join(" ");
        process.stdout.write(`${String(time).slice(11, 19)} ${String(level).toUpperCase().padEnd(5)} ${String(msg ?? "")}${extra ? `  ${extra}` : ""}\n`);
      } catch {
        process.stdout.write(line);
      }
    },
  };
}

export const logger = createLogger();

// Secret tokens in paths (calendar feeds, invitations, pulse, trust-check and dinner-answer
// links) never reach a log.
export function loggablePath(pathname: string): string {
  return pathname.replace(/^\/(calendar|invitations|pulse|trust|answer)\/[^/]+/, "/$1/[token]");
}

export const requestIdHeader = "x-request-id";

// A child logger carrying the request id that proxy.ts gave this request.
export function requestLogger(headers: Pick<Headers, "get">): Logger {
  return logger.child({ requestId: headers.get(requestIdHeader) ?? undefined });
}
