// The partnership network tab of the analysis view: who works with whom in the current
// selection (the analysis filter bar: year, country, organisation …) narrowed to the chosen
// instruments; the drawing (NetworkGraphSvg), its legend, the partnerships table (strongest
// first; the same edges as buttons), and the passages of the clicked edge, with the evidence
// browser's rows (open in the reader, copy with citation). Export: GraphML and CSV from the
// backend, SVG and PNG of the drawing.
import { useEffect, useRef, useState } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { evidenceStore } from '../evidence/evidence-store';
import { EvidenceList } from '../evidence/EvidenceList';
import { downloadBytes, mimeOf } from '../export/download-file';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { MenuButton } from '../shell/MenuButton';
import { svgToPng } from './chart-export';
import { networkSvgFile, type NetworkLegendEntry } from './network-image';
import { edgesByWeight, fitScale, labels } from './network-logic';
import { closeEdge, exportNetwork, loadNetwork, networkStore, openEdge, setInstruments, toggleInstrument } from './network-store';
import { NetworkGraphSvg } from './NetworkGraphSvg';

export function NetworkPanel() {
  const { t, locale } = useT();
  const { graph, loading, error, instrumentIds, edge } = useStore(networkStore);
  const { revision } = useStore(evidenceStore);
  const drawing = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void loadNetwork();
  }, [revision, instrumentIds, locale]);
  // The drawing's column width (minus its padding): the layout is spread to fill it.
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const el = drawing.current;
    if (!el) return;
    const measure = () => setAvailable(el.clientWidth - 16);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [graph !== null && graph.edges.length > 0]);

  const legend: NetworkLegendEntry[] = [
    { mark: 'issuer', label: t('network.legendIssuer') },
    { mark: 'partner', label: t('network.legendPartner') },
    { mark: 'both', label: t('network.legendBoth') },
    { mark: 'issuer-edge', label: t('network.legendIssuerEdge') },
    { mark: 'partner-edge', label: t('network.legendPartnerEdge') },
  ];
  const saveImage = async (kind: 'svg' | 'png') => {
    const svg = drawing.current?.querySelector('svg');
    if (!svg) return;
    const text = networkSvgFile(svg, t('network.title'), legend);
    const name = `glossa-network.${kind}`;
    if (kind === 'svg') downloadBytes(new Blob([text], { type: mimeOf('svg') }), name, mimeOf('svg'));
    else downloadBytes(await svgToPng(text), name, mimeOf('png'));
  };

  const names = graph ? labels(graph) : new Map<string, string>();
  const edgeName = (id: string) => {
    const e = graph?.edges.find((x) => x.id === id);
    return e ? { a: names.get(e.source) ?? e.source, b: names.get(e.target) ?? e.target } : { a: '', b: '' };
  };
  const hasEdges = !!graph && graph.edges.length > 0;
  return (
    <section className="analysis-panel network-panel" data-testid="analysis-network">
      <div className="analysis-bar">
        <CheckboxMenu
          label={instrumentIds.length ? t('network.instrumentsChosen', { count: instrumentIds.length }) : t('network.instruments')}
          options={(graph?.instruments ?? []).map((i) => ({ id: i.id, label: i.path.slice(1).join(' › ') || i.path.join(' › ') }))}
          selected={instrumentIds}
          onToggle={(id) => void toggleInstrument(id)}
          onClear={() => void setInstruments([])}
          clearLabel={t('network.clearInstruments')}
          testId="network-instruments"
        />
        {graph && (
          <span className="muted" data-testid="network-summary">
            {t('network.summary', { count: graph.edges.length, actors: formatNumber(graph.nodes.length), passages: formatNumber(graph.partnerPassages) })}
          </span>
        )}
        <span className="spacer" />
        <MenuButton label={t('network.export')} testId="network-export" disabled={!hasEdges}>
          <button type="button" role="menuitem" data-testid="network-export-graphml" onClick={() => void exportNetwork('graphml')}>{t('network.exportGraphml')}</button>
          <button type="button" role="menuitem" data-testid="network-export-nodes" onClick={() => void exportNetwork('csv-nodes')}>{t('network.exportNodes')}</button>
          <button type="button" role="menuitem" data-testid="network-export-edges" onClick={() => void exportNetwork('csv-edges')}>{t('network.exportEdges')}</button>
          <hr />
          <button type="button" role="menuitem" data-testid="network-export-svg" onClick={() => void saveImage('svg')}>{t('network.exportSvg')}</button>
          <button type="button" role="menuitem" data-testid="network-export-png" onClick={() => void saveImage('png')}>{t('network.exportPng')}</button>
        </MenuButton>
      </div>
      <p className="muted network-hint">{t('network.hint')}</p>
      {error && <div className="error-box" data-testid="network-error">{error}</div>}
      {loading && !graph && <div className="loading-line">{t('common.loading')}</div>}
      {graph && !graph.hasPartnerBranch && <div className="empty-state" data-testid="network-empty"><p>{t('network.noPartnerBranch')}</p></div>}
      {graph && graph.hasPartnerBranch && !hasEdges && <div className="empty-state" data-testid="network-empty"><p>{t('network.empty')}</p></div>}
      {graph && hasEdges && (
        <div className="network-layout">
          <div className="network-drawing" ref={drawing} data-testid="network-drawing">
            <NetworkGraphSvg graph={graph} scale={fitScale(graph.nodes, available)} selectedEdge={edge?.id ?? null} onEdge={(id) => void openEdge(id)} />
            <ul className="network-legend" aria-label={t('network.title')}>
              {legend.map((l) => (
                <li key={l.mark}><span className={`network-mark ${l.mark}`} aria-hidden="true" />{l.label}</li>
              ))}
            </ul>
          </div>
          <div className="network-table table-scroll">
            <table className="analysis-table" data-testid="network-edges-table">
              <thead>
                <tr>
                  <th>{t('network.partnership')}</th>
                  <th>{t('network.passagesColumn')}</th>
                  <th>{t('network.documentsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {edgesByWeight(graph).map((e) => (
                  <tr key={e.id} className={edge?.id === e.id ? 'active' : undefined}>
                    <th scope="row">
                      <button type="button" className="link" data-testid="network-edge-row" data-edge={e.id} aria-pressed={edge?.id === e.id} onClick={() => void openEdge(e.id)}>
                        {names.get(e.source)} — {names.get(e.target)}
                      </button>
                    </th>
                    <td>{formatNumber(e.weight)}</td>
                    <td>{formatNumber(e.documents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {edge && (
        <div className="cell-passages" data-testid="network-edge-passages">
          <div className="analysis-bar">
            <strong>{t('network.edgeTitle', edgeName(edge.id))}</strong>
            <span className="spacer" />
            <button type="button" className="link" onClick={closeEdge}>{t('export.close')}</button>
          </div>
          {edge.passages === null ? <div className="loading-line">{t('common.loading')}</div> : <EvidenceList items={edge.passages} groupBy="document" />}
        </div>
      )}
    </section>
  );
}
