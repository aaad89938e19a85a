/**
 * Pages arrive rendered (first views), so a control is on screen before React has hydrated it; a select
 * changed or a button clicked in between does nothing. `hydrated` waits until React has taken the element
 * over (it keeps its props on the DOM node), so a journey acts on the page a reader would act on.
 */
import { expect, type Locator } from '@playwright/test';

export async function hydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps$'))), {
      message: 'React hydrated the control',
    })
    .toBe(true);
}
