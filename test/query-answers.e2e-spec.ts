import { DataSource } from 'typeorm';
import { returnedRows, updatedRows } from '@app/database';

/**
 * `returnedRows` and `updatedRows` lean on how TypeORM's postgres driver answers `query()`; this holds
 * that answer against a real PostgreSQL, so a driver upgrade that changes it fails here, not in a claim.
 */
describe('query answers (returnedRows, updatedRows)', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  it('counts the rows an UPDATE or DELETE touched, with or without RETURNING', async () => {
    await db.transaction(async (manager) => {
      await manager.query(`CREATE TEMP TABLE answers (id int, word text) ON COMMIT DROP`);
      const inserted = await manager.query(
        `INSERT INTO answers VALUES (1, 'a'), (2, 'a'), (3, 'b') RETURNING id`,
      );
      expect(returnedRows(inserted)).toHaveLength(3);
      expect(() => updatedRows(inserted)).toThrow(/UPDATE or DELETE/);

      expect(updatedRows(await manager.query(`UPDATE answers SET word = 'c' WHERE word = 'a'`))).toBe(2);
      expect(updatedRows(await manager.query(`UPDATE answers SET word = 'd' WHERE id = 9`))).toBe(0);
      const returned = await manager.query(`UPDATE answers SET word = 'e' WHERE id = 3 RETURNING id, word`);
      expect(updatedRows(returned)).toBe(1);
      expect(returnedRows(returned)).toEqual([{ id: 3, word: 'e' }]);

      expect(updatedRows(await manager.query(`DELETE FROM answers WHERE word = 'c' RETURNING id`))).toBe(2);
      expect(returnedRows(await manager.query(`SELECT id, word FROM answers`))).toEqual([
        { id: 3, word: 'e' },
      ]);
    });
  });
});
