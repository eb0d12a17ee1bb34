import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers the layouts the workbench uses, once per page load (cytoscape.use is global). */
export function registerCytoscapeExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

registerCytoscapeExtensions();
