/**
 * The who-met-whom network of one actor: the actor in the middle, counterparts around it, edges as
 * wide as the number of shared events. Drawn by cytoscape (loaded on first use) in a container of
 * fixed height, so it lays out the same in a headless browser.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { h, replaceChildren } from '../dom.js';

export interface NetworkNode {
  readonly id: number;
  readonly name: string;
  readonly events: number;
}

/**
 * Cytoscape adds an inline `<style>` to `<head>` unless an element with this id exists; the CSP
 * refuses inline styles, so we put a placeholder there and ship the rule in styles/charts.css.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimStylesheetSlot(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  placeholder.name = 'cytoscape-stylesheet';
  placeholder.content = 'in styles/charts.css';
  document.head.appendChild(placeholder);
}

/**
 * The actor at the origin, counterparts on a circle; the angles skip straight down so the centre's
 * label (drawn below it) never lies on an edge.
 */
function elements(center: NetworkNode, others: readonly NetworkNode[], radius: number): ElementDefinition[] {
  const nodes: ElementDefinition[] = [
    {
      data: { id: `a${center.id}`, label: center.name, actor: center.id, center: 1 },
      position: { x: 0, y: 0 },
    },
    ...others.map((n, i) => {
      const angle = others.length === 1 ? 0 : -Math.PI / 2 + ((i + 0.5) * 2 * Math.PI) / others.length;
      return {
        data: { id: `a${n.id}`, label: n.name, actor: n.id, center: 0 },
        position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) },
      };
    }),
  ];
  const edges: ElementDefinition[] = others.map((n) => ({
    data: { id: `e${n.id}`, source: `a${center.id}`, target: `a${n.id}`, weight: n.events },
  }));
  return [...nodes, ...edges];
}

/**
 * The network element; `onSelect` is called with an actor id when a node is tapped. Returns the
 * element and a function that releases cytoscape.
 */
export function network(
  center: NetworkNode,
  others: readonly NetworkNode[],
  onSelect: (actor: number) => void,
): { el: HTMLElement; destroy: () => void } {
  const box = h('div', {
    class: 'network',
    'data-testid': 'network',
    role: 'img',
    'aria-label': `Network: ${center.name} with ${others.map((o) => o.name).join(', ') || 'no one'}`,
  });
  let cy: Core | undefined;
  let destroyed = false;
  const maxWeight = Math.max(1, ...others.map((o) => o.events));
  claimStylesheetSlot();
  import('cytoscape').then(
    ({ default: cytoscape }) => {
      if (destroyed) return;
      // A radius that fits the box at zoom 1 keeps labels legible; many counterparts need more room.
      const room = Math.min(box.clientWidth || 600, box.clientHeight || 340);
      const radius = Math.max(room / 2 - 60, others.length * 9);
      cy = cytoscape({
        container: box,
        elements: elements(center, others, radius),
        autoungrabify: false,
        userZoomingEnabled: false,
        maxZoom: 1.5,
        boxSelectionEnabled: false,
        layout: { name: 'preset', fit: true, padding: 24 },
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'background-color': '#5b7bb2',
              color: '#1d2433',
              'font-size': 13,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'wrap',
              'text-max-width': '110px',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '2px',
              'text-background-shape': 'roundrectangle',
              width: 22,
              height: 22,
            },
          },
          {
            selector: 'node[center = 1]',
            style: { 'background-color': '#c0392b', width: 32, height: 32, 'font-weight': 'bold' },
          },
          {
            selector: 'edge',
            style: {
              width: `mapData(weight, 1, ${maxWeight}, 2, 8)`,
              'line-color': '#9aa7bd',
              'curve-style': 'straight',
            },
          },
        ],
      });
      cy.on('tap', 'node', (event) => {
        const node = event.target as NodeSingular;
        const actor = Number(node.data('actor'));
        if (actor !== center.id) onSelect(actor);
      });
      // What cytoscape drew, readable without the canvas (tests, and anyone inspecting the page).
      box.dataset.nodes = cy
        .nodes()
        .map((n) => String(n.data('label')))
        .join('|');
      box.dataset.ready = 'true';
    },
    (error: unknown) => replaceChildren(box, h('p', { class: 'error' }, `No network: ${String(error)}`)),
  );
  return {
    el: box,
    destroy: () => {
      destroyed = true;
      cy?.destroy();
    },
  };
}
