await page.getByRole('button', { name: 'How busy the consumers are: in the glossary' }).click();
