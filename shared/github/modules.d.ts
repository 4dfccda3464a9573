// Declarations for the two runtime modules the client loads that ship no types of their own.
// minipass-fetch: the part of its API the client uses (a fetch over node:http/https).
declare module 'minipass-fetch' {
  interface MinipassResponse {
    readonly status: number;
    readonly statusText: string;
    readonly url: string;
    readonly headers: Iterable<[string, string]> & { get(name: string): string | null };
    text(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
  }
  function fetch(url: string, init?: object): Promise<MinipassResponse>;
  export default fetch;
}

// Bottleneck's light build (no clustering), the one @octokit/plugin-throttling loads; typed as the full build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
