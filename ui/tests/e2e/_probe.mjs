import { open, test, finish, context } from './lib.mjs';
await test('probe', async (page) => {
  await open(page, { lang: 'ar', persona: 'semhar', route: 'plan' });
  await page.click('button[aria-expanded="false"]');
  await page.waitForSelector('#pa-title');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const roles = {};
  for (const n of nodes) {
    if (n.ignored) continue;
    const f = n.properties?.find((p) => p.name === 'focusable')?.value?.value;
    const k = `${n.role?.value}${f ? ' (focusable)' : ''}`;
    (roles[k] ??= []).push((n.name?.value ?? '').slice(0, 40));
  }
  for (const [k, v] of Object.entries(roles)) console.log(k, v.length, JSON.stringify(v.slice(0, 4)));
});
await finish();
