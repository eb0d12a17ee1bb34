// cytoscape-fcose ships no types and @types/cytoscape-fcose is not installed: its one export is a
// cytoscape extension. Its layout options are typed where they are built (layouts.ts).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}
