import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
for (const [tag,w,h,mob] of [['blog1280',1280,800,false],['blog360',360,740,true]]) {
  const ctx = await b.newContext({ viewport:{width:w,height:h}, isMobile:mob, hasTouch:mob });
  const p = await ctx.newPage();
  p.on('console', m => { if (m.type()==='error'||m.type()==='warning') console.log(tag,'console',m.type(),m.text().slice(0,200)); });
  p.on('pageerror', e => console.log(tag,'pageerror',e.message));
  await p.goto('http://127.0.0.1:4500/examples/blog-post.html', {waitUntil:'load'});
  const figs = p.locator('figure');
  const n = await figs.count(); console.log(tag,'figures', n);
  for (let i=0;i<n;i++){ await figs.nth(i).scrollIntoViewIfNeeded(); await p.waitForTimeout(2500); await p.screenshot({path:`/tmp/reader/${tag}-fig${i+1}.png`}); }
  await ctx.close();
}
await b.close();
