// The part of autocannon 9's API that bench/load.ts uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p90: number; p97_5?: number; p99: number; total: number };
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  };
  type Options = { url: string; connections?: number; duration?: number; timeout?: number; initialContext?: Record<string, unknown>; requests?: Request[] };
  type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; statusCodeStats?: Record<string, { count: number }> };
  type Instance = Promise<Result> & { on(event: "response", listener: (client: { requestIterator: { currentRequestIndex: number } }, statusCode: number, bytes: number, responseTime: number) => void): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
