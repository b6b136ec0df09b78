const b = page.getByRole('button', { name: 'Slowest 1% of deliveries: in the glossary' });
await b.focus();
console.log('focused', await b.evaluate((el) => el === document.activeElement));
await page.keyboard.press('Enter');
await page.waitForTimeout(1500);
console.log(await page.locator('dialog').count(), await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
