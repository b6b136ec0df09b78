console.log(await page.evaluate(() => ['(pointer: coarse)','(pointer: fine)','(any-pointer: fine)','(hover: none)'].map(q => q + '=' + matchMedia(q).matches).join(' ')));
