import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode, NetworkGraph } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { CATEGORY_COLOURS } from './colours';

export type ColourBy = 'departement' | 'sector';

type LaidNode = SimulationNodeDatum & { id: string; node: GraphNode; radius: number; x: number; y: number };
type LaidLink = { source: LaidNode; target: LaidNode; exchanges: number };

const TICKS = 300;
const MARGIN = 12;
const MIN_WIDTH = 480;
const MIN_HEIGHT = 320;
const OTHER = '';
/** Beyond this many organisations, names would cover each other: they stay in the tooltips and the table. */
const LABELLED_UP_TO = 60;

/** Bigger for more exchanges, by area. */
function radiusOf(exchanges: number) {
  return 4 + 3 * Math.sqrt(exchanges);
}

function strokeOf(exchanges: number) {
  return Math.min(1 + Math.sqrt(exchanges), 8);
}

/** Lays the graph out once, deterministically (d3-force starts every node at the same place each time). */
function layout(graph: NetworkGraph): { nodes: LaidNode[]; links: LaidLink[] } {
  // NaN positions: d3-force places the nodes on its phyllotaxis spiral, the same each time.
  const nodes = graph.nodes.map((node) => ({ id: node.id, node, radius: radiusOf(node.exchanges), x: NaN, y: NaN }));
  const known = new Set(nodes.map((node) => node.id));
  const links = graph.edges
    .filter((edge) => known.has(edge.source) && known.has(edge.target))
    .map((edge) => ({ source: edge.source, target: edge.target, exchanges: edge.exchanges }));
  forceSimulation<LaidNode>(nodes)
    .force(
      'link',
      forceLink<LaidNode, (typeof links)[number]>(links)
        .id((node) => node.id)
        .distance(70),
    )
    .force('charge', forceManyBody().strength(-150))
    .force('center', forceCenter(0, 0))
    // a little gravity, so that pairs unconnected to the rest stay near it instead of drifting away
    .force('x', forceX<LaidNode>(0).strength(0.08))
    .force('y', forceY<LaidNode>(0).strength(0.08))
    .force(
      'collide',
      forceCollide<LaidNode>((node) => node.radius + 3),
    )
    .stop()
    .tick(TICKS);
  // forceLink replaced each end's id with its node.
  return { nodes, links: links as unknown as LaidLink[] };
}

/** The category a node is coloured by, and its name in the legend. */
function categoryOf(node: GraphNode, colourBy: ColourBy, sectorName: (code: string) => string) {
  if (colourBy === 'departement') return { key: node.departement?.id ?? OTHER, name: node.departement?.name ?? '' };
  return { key: node.sector ?? OTHER, name: node.sector ? sectorName(node.sector) : '' };
}

type NetworkGraphViewProps = {
  graph: NetworkGraph;
  colourBy: ColourBy;
  sectorName: (code: string) => string;
};

/**
 * Who exchanged with whom: organisations as circles sized by their exchanges, coloured by
 * département or sector, joined by lines as thick as the pair's exchanges; with its legend,
 * and every pair in a table for those who do not see the drawing.
 */
export function NetworkGraphView({ graph, colourBy, sectorName }: NetworkGraphViewProps) {
  const { t: tx } = useTranslation('exchanges');
  const { nodes, links } = useMemo(() => layout(graph), [graph]);

  const categories = useMemo(() => {
    const found = new Map<string, string>();
    for (const { node } of nodes) {
      const category = categoryOf(node, colourBy, sectorName);
      if (!found.has(category.key)) found.set(category.key, category.name || tx('graph.unknownCategory'));
    }
    // Named ones in alphabetical order, the unknown last.
    const sorted = [...found.entries()].sort(([a, nameA], [b, nameB]) =>
      a === OTHER ? 1 : b === OTHER ? -1 : nameA.localeCompare(nameB),
    );
    return new Map(
      sorted.map(([key, name], index) => [key, { name, colour: CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] }]),
    );
  }, [nodes, colourBy, sectorName, tx]);

  if (nodes.length === 0) return <p className="empty-state">{tx('graph.empty')}</p>;

  const labelled = nodes.length <= LABELLED_UP_TO;
  // room on the right for the names, about 130 units at this size
  const xs = nodes.flatMap((node) => [node.x - node.radius, node.x + node.radius + (labelled ? 130 : 0)]);
  const ys = nodes.flatMap((node) => [node.y - node.radius, node.y + node.radius]);
  // A few organisations are not drawn huge: the drawing is at least that wide, centred.
  const width = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * MARGIN, MIN_WIDTH);
  const height = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * MARGIN, MIN_HEIGHT);
  const minX = (Math.min(...xs) + Math.max(...xs)) / 2 - width / 2;
  const minY = (Math.min(...ys) + Math.max(...ys)) / 2 - height / 2;
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const pairs = [...graph.edges].sort((a, b) => b.exchanges - a.exchanges);

  return (
    <>
      <figure className="graph">
        <svg
          className="graph__drawing"
          viewBox={`${minX} ${minY} ${width} ${height}`}
          role="img"
          aria-labelledby="graph-caption"
        >
          <g className="graph__links">
            {links.map((link) => (
              <line
                key={`${link.source.id}-${link.target.id}`}
                x1={link.source.x}
                y1={link.source.y}
                x2={link.target.x}
                y2={link.target.y}
                strokeWidth={strokeOf(link.exchanges)}
              />
            ))}
          </g>
          <g className="graph__nodes">
            {nodes.map((laid) => (
              <circle
                key={laid.id}
                cx={laid.x}
                cy={laid.y}
                r={laid.radius}
                fill={categories.get(categoryOf(laid.node, colourBy, sectorName).key)?.colour}
              >
                <title>{tx('graph.nodeTitle', { name: laid.node.name, count: laid.node.exchanges })}</title>
              </circle>
            ))}
          </g>
          {labelled && (
            <g className="graph__labels" aria-hidden="true">
              {nodes.map((laid) => (
                <text key={laid.id} x={laid.x + laid.radius + 3} y={laid.y + 4}>
                  {laid.node.name}
                </text>
              ))}
            </g>
          )}
        </svg>
        <figcaption id="graph-caption">
          {tx('graph.caption', { organisations: nodes.length, pairs: links.length })}
        </figcaption>
      </figure>
      <section aria-labelledby="graph-legend">
        <h3 id="graph-legend">{tx(colourBy === 'departement' ? 'graph.legendDepartement' : 'graph.legendSector')}</h3>
        <ul className="legend">
          {[...categories.entries()].map(([key, category]) => (
            <li key={key} className="legend__item">
              <span className="legend__swatch" style={{ background: category.colour }} aria-hidden="true" />
              {category.name}
            </li>
          ))}
        </ul>
        <p className="hint">{tx('graph.sizeHelp')}</p>
      </section>
      <section aria-labelledby="graph-pairs">
        <h3 id="graph-pairs">{tx('graph.pairsTitle')}</h3>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{tx('graph.pairsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{tx('graph.organisationA')}</th>
                <th scope="col">{tx('graph.organisationB')}</th>
                <th scope="col">{tx('graph.exchanges')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((edge) => (
                <tr key={`${edge.source}-${edge.target}`}>
                  <td>{names.get(edge.source) ?? edge.source}</td>
                  <td>{names.get(edge.target) ?? edge.target}</td>
                  <td>{formatNumber(edge.exchanges)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
