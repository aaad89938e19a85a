/** Page object: the access-token sign-in form at /login. */
import type { Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Sign in to kubesys' });
  tokenField = () => this.page.getByLabel('Access token');
  // Scoped to main: Next's route announcer is also role=alert once the page has navigated.
  refusal = () => this.page.getByRole('main').getByRole('alert');

  async signIn(token: string): Promise<void> {
    await this.tokenField().fill(token);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
