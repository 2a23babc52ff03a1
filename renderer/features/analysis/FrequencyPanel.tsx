// Code frequencies by organisation, country, year, case or case country: a stacked bar chart (recharts, one colour
// per code) that can be saved as SVG or PNG, and the same numbers as a table below it. By case,
// counts can be shown per 100 pages of the cases or per case (a long chapter outweighs a short one).
import { useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EvidenceTables } from '../../../shared/domain/evidence';
import { formatNumber, useT, vocabLabel } from '../../i18n/i18n';
import { downloadBytes, mimeOf } from '../export/download-file';
import { useCodeNames } from '../evidence/code-names';
import { chartRows, columnLabel, type Dimension, type FrequencyMeasure, measured } from './analysis-logic';
import { setDimension } from './analysis-store';
import { chartSvg, svgToPng } from './chart-export';

const DIMENSIONS: Dimension[] = ['organisation', 'country', 'year', 'case', 'caseCountry'];
const MEASURES: FrequencyMeasure[] = ['count', 'per100Pages', 'perCase'];

export function FrequencyPanel({ tables, dimension }: { tables: EvidenceTables; dimension: Dimension }) {
  const { t, locale } = useT();
  const chartRef = useRef<HTMLDivElement>(null);
  const table = tables.frequencies[dimension];
  const byCase = dimension === 'case' || dimension === 'caseCountry';
  const [chosenMeasure, setMeasure] = useState<FrequencyMeasure>('count');
  const measure = byCase ? chosenMeasure : 'count';
  const names = useCodeNames();
  const codeLabel = (c: { codeId: string; codePath: string[] }) => names.name(c.codeId, c.codePath);
  const caseLabels = { names: tables.caseNames, noCase: t('cases.noCase') };
  // An organisation the user added to the attribute replacing the field is named by its own labels.
  const own = table.columnNames;
  const label = (key: string) =>
    own?.[key] ? own[key][locale === 'ru' ? 'ru' : 'en'] || own[key].en : columnLabel(dimension, key, (list, id) => vocabLabel(list, id), t('analysis.unknown'), caseLabels);
  const data = chartRows(table, label, measure);
  const cell = (c: number, n: number) => {
    const v = measured(table, c, n, measure);
    return v === null ? '—' : v ? formatNumber(v) : '';
  };
  const title = t(`analysis.by.${dimension}`);
  const legend = table.rows.map((r) => ({ label: codeLabel(r), color: tables.colors[r.codeId] ?? '#888888' }));

  const save = async (kind: 'svg' | 'png') => {
    const svg = chartRef.current ? chartSvg(chartRef.current, legend, title) : null;
    if (!svg) return;
    const name = `glossa-frequencies-${dimension}.${kind}`;
    if (kind === 'svg') downloadBytes(new Blob([svg], { type: mimeOf('svg') }), name, mimeOf('svg'));
    else downloadBytes(await svgToPng(svg), name, mimeOf('png'));
  };

  return (
    <section className="analysis-panel" data-testid="analysis-frequencies">
      <div className="analysis-bar">
        <label>
          {t('analysis.dimension')}{' '}
          <select value={dimension} data-testid="analysis-dimension" onChange={(e) => setDimension(e.target.value as Dimension)}>
            {DIMENSIONS.map((d) => <option key={d} value={d}>{t(`analysis.by.${d}`)}</option>)}
          </select>
        </label>
        {byCase && (
          <label>
            {t('cases.measure.label')}{' '}
            <select value={measure} data-testid="analysis-measure" onChange={(e) => setMeasure(e.target.value as FrequencyMeasure)}>
              {MEASURES.map((m) => <option key={m} value={m}>{t(`cases.measure.${m}`)}</option>)}
            </select>
          </label>
        )}
        <span className="spacer" />
        <button type="button" data-testid="analysis-save-svg" onClick={() => void save('svg')}>{t('analysis.saveSvg')}</button>
        <button type="button" data-testid="analysis-save-png" onClick={() => void save('png')}>{t('analysis.savePng')}</button>
      </div>
      <div className="analysis-chart" ref={chartRef} data-testid="analysis-chart">
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dddddd" />
            <XAxis dataKey="group" fontSize={12} interval={0} />
            <YAxis allowDecimals={measure !== 'count'} fontSize={12} />
            <Tooltip />
            {/* Legend text in the text colour: pale code colours (light green, yellow) were unreadable on white. */}
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="chart-legend-label">{value}</span>} />
            {table.rows.map((r) => (
              <Bar key={r.codeId} dataKey={r.codeId} name={codeLabel(r)} stackId="codes" fill={tables.colors[r.codeId] ?? '#888888'} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-scroll">
        <table className="analysis-table" data-testid="analysis-frequency-table">
          <thead>
            <tr>
              <th className="code-col">{t('analysis.code')}</th>
              {table.columns.map((c) => <th key={c}>{label(c)}</th>)}
              <th>{t('analysis.total')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.codeId}>
                <th scope="row" title={names.path(r.codeId, r.codePath).join(' › ')}>
                  <span className="code-swatch" style={{ background: tables.colors[r.codeId] }} aria-hidden="true" />
                  {codeLabel(r)}
                </th>
                {r.counts.map((n, i) => <td key={i}>{cell(i, n)}</td>)}
                <td className="total">{formatNumber(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
