/**
 * Chart colours as CSS variables of app/globals.css where one fits (so dark mode follows the theme),
 * and a series palette of mid-tone hues readable on both light and dark surfaces, away from the status colours.
 */

export const CHART_COLORS = {
  total: 'var(--kx-accent)',
  grid: 'var(--kx-line)',
  axis: 'var(--kx-subtle)',
  text: 'var(--kx-muted)',
  request: 'var(--kx-unknown)',
  limit: 'var(--kx-warn)',
  allocatable: 'var(--kx-bad)',
  surface: 'var(--kx-surface)',
  line: 'var(--kx-line-strong)',
} as const;

export const SERIES_PALETTE = ['#8b5cf6', '#14b8a6', '#f59e0b', '#ec4899', '#0ea5e9', '#84cc16', '#f97316', '#a855f7', '#06b6d4', '#e11d48', '#65a30d', '#6366f1'];

/** One line of a chart: its data key, legend label, colour and style. */
export interface SeriesConfig {
  key: string;
  label: string;
  color: string;
  width?: number;
  dashed?: boolean;
}

/** A horizontal reference (requests, limits, allocatable). */
export interface ReferenceConfig {
  label: string;
  value: number;
  color: string;
  dashed?: boolean;
}

/** Everything one chart needs besides its data: the one config object per chart. */
export interface ChartConfig {
  /** Accessible name of the chart's svg, e.g. "CPU usage of CoreDNS". */
  title: string;
  series: SeriesConfig[];
  references: ReferenceConfig[];
  format: (value: number) => string;
  axisFormat: (value: number) => string;
  unit: 'millicores' | 'bytes';
  /**
   * `series`: the y axis fits the lines, and a reference above them is marked at the top edge with its
   * value (a node's allocatable dwarfs its use); `all` (the default): the axis stretches to every reference.
   */
  scaleTo?: 'series' | 'all';
}
