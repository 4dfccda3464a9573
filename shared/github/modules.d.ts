// Declarations for a runtime module the client loads that ships no types of its own.
// Bottleneck's light build (no clustering), the one @octokit/plugin-throttling loads; typed as the full build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
