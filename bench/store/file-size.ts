/** Size on disk of an SQLite database with its journal or write-ahead log. */
import { existsSync, statSync } from 'node:fs';

export function databaseFileBytes(file: string): number {
  let total = 0;
  for (const path of [file, `${file}-wal`, `${file}-journal`]) if (existsSync(path)) total += statSync(path).size;
  return total;
}
