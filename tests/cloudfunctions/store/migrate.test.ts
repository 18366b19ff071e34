import { migrate } from '../../../cloudfunctions/store/migrate';
import { migrations } from '../../../cloudfunctions/store/migrations';
import { openTestStore, storeKinds, type TestStore } from '../../support/stores';

describe.each(storeKinds())('migrations on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(() => t.close());

  test('every migration is applied once, in order, and recorded', async () => {
    const rows = await t.store.query<{ name: string }>(
      'select name from schema_migration order by name',
    );
    expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
  });

  test('running them again applies nothing', async () => {
    expect(await migrate(t.store)).toEqual([]);
  });

  test('the CHECK constraints are the last line of defence', async () => {
    await t.store.query(
      `insert into coupon_template (id, title, value_fen, validity, budget, issued, per_user_limit, claimable)
       values ('tpl-check', 'x', 100, '{}', 1, 1, 1, true)`,
    );
    await expect(
      t.store.query(`update coupon_template set issued = issued + 1 where id = 'tpl-check'`),
    ).rejects.toThrow(/check/i);
  });
});
