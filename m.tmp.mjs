import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
for (const [w,h] of [[1440,900],[1280,800],[1024,768],[1023,768],[700,900],[640,800],[639,800],[360,740],[320,640]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:4500/');
  await page.locator('.live-item').first().waitFor();
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => { const a=document.querySelector('.live-area'); const s=document.querySelector('.live-strip'); const p=document.querySelector('.producer-status'); return [a.getBoundingClientRect().height, s.getBoundingClientRect().height, p.getBoundingClientRect().height, getComputedStyle(document.documentElement).fontSize]; });
  console.log(w, h, r.join(' '));
  await page.close();
}
await browser.close();
