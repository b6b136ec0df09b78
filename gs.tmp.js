await page.getByRole('button', { name: 'Start', exact: true }).click();
await page.waitForTimeout(2500);
console.log('scrollY', await page.evaluate(() => scrollY));
const bar = page.getByRole('group', { name: 'Strategy and helper' });
console.log('bar', JSON.stringify(await bar.boundingBox()));
