// Acting for someone else: the grey bar, the banner, and whose data shows.
import { test, expect } from './pages.mjs';
import { signIn, Portal, people, portalDate } from './pages.mjs';

/**
 * Records every painted frame (checked in requestAnimationFrame, just before
 * paint) in which the patient card shows a name other than that of the
 * patient in the address bar (and any other patient's name). States in
 * between that are never painted (e.g. inside the popstate handler, before
 * the router has rendered) do not count: a person cannot see them.
 */
async function watchPatientCard(page) {
  await page.addInitScript((names) => {
    window.__staleCard = [];
    window.__cardFrames = 0;
    const check = (when) => {
      const card = document.querySelector('[data-testid=patient-card]');
      const match = location.pathname.match(/^\/p\/([^/]+)/);
      if (!card || !match) return;
      window.__cardFrames += 1;
      const expected = names[match[1]];
      const shown = card.textContent;
      const others = Object.entries(names).filter(([id]) => id !== match[1]).map(([, n]) => n);
      const wrong = others.filter((n) => shown.includes(n));
      if (!expected || !shown.includes(expected) || wrong.length) {
        window.__staleCard.push({ when, path: location.pathname, shown });
      }
    };
    const frame = () => { check('frame'); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  }, { sanne: people.sanne, noah: people.noah, emma: people.emma, daan: people.daan });
  return async () => {
    const { stale, frames } = await page.evaluate(() => ({ stale: window.__staleCard, frames: window.__cardFrames }));
    expect(frames, 'the watcher saw painted frames with a patient card').toBeGreaterThan(0);
    return stale;
  };
}

test.describe('switching between patients', () => {
  test('sanne switches to Emma from the bar and back via her own name', async ({ page }) => {
    const stale = await watchPatientCard(page);
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    await expect(portal.barLink(people.emma)).not.toHaveAttribute('aria-current', /.*/);

    await portal.barLink(people.emma).click();
    await expect(page).toHaveURL(/\/p\/emma$/);
    await expect(portal.barLink(people.emma)).toHaveAttribute('aria-current', 'true');
    await expect(portal.ownName).not.toHaveAttribute('aria-current', /.*/);
    await expect(portal.banner).toHaveText('U bekijkt het dossier van Emma de Vries. U bent ingelogd als Sanne de Vries.');
    await portal.expectHomeOf(people.emma);
    await expect(portal.card).not.toContainText('Sanne');
    await expect(page).toHaveTitle(`Home – ${people.emma} – Mijn Zorgportaal`);
    // The name top right stays the signed-in person's.
    await expect(portal.ownName).toHaveText(people.sanne);

    await portal.ownName.click();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await expect(portal.ownName).toHaveAttribute('aria-current', 'true');
    await expect(portal.barLink(people.emma)).not.toHaveAttribute('aria-current', /.*/);
    await expect(portal.banner).toHaveCount(0);
    await portal.expectHomeOf(people.sanne);
    await expect(portal.card).not.toContainText('Emma');

    expect(await stale(), 'frames in which the card showed another patient than the one in the URL').toEqual([]);
  });

  test('no frame shows the previous patient in the card when switching back and forth', async ({ page }) => {
    const stale = await watchPatientCard(page);
    const portal = await signIn(page, 'sanne');
    await portal.expectHomeOf(people.sanne);
    for (const [id, name] of [['emma', people.emma], ['noah', people.noah], ['daan', people.daan], ['emma', people.emma]]) {
      await portal.barLink(name).click();
      await expect(page).toHaveURL(new RegExp(`/p/${id}$`));
      await portal.expectHomeOf(name);
      await portal.ownName.click();
      await portal.expectHomeOf(people.sanne);
    }
    // History: back to Emma, forward to Sanne.
    await page.goBack();
    await expect(page).toHaveURL(/\/p\/emma$/);
    await portal.expectHomeOf(people.emma);
    await page.goForward();
    await expect(page).toHaveURL(/\/p\/sanne$/);
    await portal.expectHomeOf(people.sanne);
    expect(await stale(), 'frames in which the card showed another patient than the one in the URL').toEqual([]);
  });

  test('Lucas is greyed, is not a link, and says why', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    const lucas = portal.barItem(people.lucas);
    await expect(lucas).toBeVisible();
    await expect(portal.bar.getByRole('link', { name: /Lucas/ })).toHaveCount(0);
    const birthday = await portalDate(page, -20);
    await expect(lucas).toContainText(`toegang beëindigd op 16e verjaardag, ${birthday}`);
    // Greyed: the name is drawn in another colour than the names one can open.
    const name = lucas.getByText(people.lucas, { exact: true });
    const greyed = await name.evaluate((el) => getComputedStyle(el).color);
    const active = await portal.barLink(people.emma).evaluate((el) => getComputedStyle(el).color);
    expect(greyed).not.toBe(active);
    // The others can be opened.
    for (const n of [people.noah, people.emma, people.daan]) await expect(portal.barLink(n)).toBeVisible();
  });

  test('Daan\'s ending access is announced on Sanne\'s and Daan\'s Home, not on Emma\'s', async ({ page }) => {
    const portal = await signIn(page, 'sanne');
    const end = await portalDate(page, 25);
    const notice = `Uw toegang tot het portaal van Daan de Vries eindigt over 25 dagen, op ${end}.`;

    await portal.expectHomeOf(people.sanne);
    await expect(portal.endingNotices).toHaveCount(1);
    await expect(portal.endingNotices).toContainText(notice);

    await portal.barLink(people.daan).click();
    await expect(page).toHaveURL(/\/p\/daan$/);
    await portal.expectHomeOf(people.daan);
    await expect(portal.endingNotices).toHaveCount(1);
    await expect(portal.endingNotices).toContainText(notice);
    await expect(portal.endingNotices).toContainText('Dan wordt Daan de Vries 18 jaar.');

    await portal.barLink(people.emma).click();
    await expect(page).toHaveURL(/\/p\/emma$/);
    await portal.expectHomeOf(people.emma);
    await expect(portal.endingNotices).toHaveCount(0);
    await expect(page.getByText(/eindigt over/)).toHaveCount(0);
  });

  test('a reload on Emma\'s portal stays on Emma', async ({ page }) => {
    const stale = await watchPatientCard(page);
    const portal = await signIn(page, 'sanne');
    await portal.barLink(people.emma).click();
    await portal.expectHomeOf(people.emma);

    await page.reload();
    await expect(page).toHaveURL(/\/p\/emma$/);
    await portal.expectHomeOf(people.emma);
    await expect(portal.banner).toHaveText(portal.bannerText(people.emma, people.sanne));
    await expect(portal.barLink(people.emma)).toHaveAttribute('aria-current', 'true');
    await expect(portal.ownName).toHaveText(people.sanne);
    expect(await stale()).toEqual([]);
  });
});
