/** ChartsSlot: the live resource charts of the component (components/charts/usage-charts.tsx). */
import { UsageCharts } from '@/components/charts/usage-charts';
import { Section } from './section';

export function ChartsSlot() {
  return (
    <Section id="charts" title="Live resource usage">
      <div id="component-charts"><UsageCharts /></div>
    </Section>
  );
}
