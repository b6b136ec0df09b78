await page.getByTestId('header-menu').getByRole('button').first().click();
await page.getByRole('button', { name: 'Reset for the next person…' }).click();
