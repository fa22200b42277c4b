/** Row ids for every table: a short prefix naming the kind of record, then 20 random hex digits. */
import { randomUUID } from 'node:crypto';

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}
