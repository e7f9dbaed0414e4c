import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1200, height: 1000 } });
await p.goto(`http://localhost:8723/zh-hans/427-jinan-budget-report-2025-pdf-text/#h3`);
await p.waitForTimeout(300);
await p.screenshot({ path: `/tmp/shot23/h3.png` });
await b.close();
