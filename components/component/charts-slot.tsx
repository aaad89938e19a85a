/** ChartsSlot: where the live resource charts (charts issue) mount; kept small until they arrive. */
import { Section } from './section';

export function ChartsSlot() {
  return (
    <Section id="charts" title="Live resource usage">
      <div id="component-charts" />
      <p className="text-xs text-subtle">CPU and memory charts of these pods appear here.</p>
    </Section>
  );
}
