/** The playground header's "More" (wide) or "Menu" (narrow), which holds the tools beyond the row. */
import { expect, type Page } from '@playwright/test';

export async function openHeaderMenu(page: Page): Promise<void> {
  const button = page.getByTestId('header-menu').getByRole('button').first();
  await expect(button).toBeVisible({ timeout: 15_000 });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}
