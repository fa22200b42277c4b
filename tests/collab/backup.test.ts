import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../../server/tools/backup.js';
import { api } from '../support/api.js';
import { connectClient, synced } from '../support/collab-client.js';
import { demoTokens, spawnServer } from '../support/server-process.js';
import { tempDataDir } from '../support/test-server.js';
import type { Paragraph } from '../../shared/api/documents.js';

const dataDir = tempDataDir('concord-backup-');
const restoredDir = tempDataDir('concord-restored-');
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(restoredDir, { recursive: true, force: true });
});

const words = (text: string) => new Set(text.match(/bk\d+/g) ?? []);

describe('online backup', () => {
  it('restores, from a backup taken under load, every update and amendment committed before it', async () => {
    const server = await spawnServer({ DATA_DIR: dataDir });
    const { documentId, tokens } = demoTokens(server.output());
    const chair = tokens.chair?.[0] as string;
    const writer = connectClient(server.wsUrl, documentId, chair);
    const observer = connectClient(server.wsUrl, documentId, tokens.observer?.[0] as string);
    await Promise.all([synced(writer), synced(observer)]);

    const paragraphs = (await api<{ paragraphs: Paragraph[] }>(server.url, 'GET', `/api/documents/${documentId}/paragraphs`, { token: chair })).body.paragraphs;
    const target = paragraphs.find((p) => p.kind === 'operative') as Paragraph;
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await api<{ amendment: { id: string } }>(server.url, 'POST', `/api/documents/${documentId}/amendments`, {
        token: tokens.stakeholder?.[i] as string,
        body: { paragraphId: target.id, from: 0, to: 0, expected: '', proposed: `Option ${i}: `, rationale: 'backup test' },
      });
      expect(response.status).toBe(201);
      acknowledged.push(response.body.amendment.id);
    }

    let n = 0;
    const typing = setInterval(() => writer.type(` bk${n++}`, 6), 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seenBeforeBackup = words(observer.text());
    const backupFile = join(restoredDir, 'concord.sqlite');
    mkdirSync(restoredDir, { recursive: true });
    await backupDatabase(join(dataDir, 'concord.sqlite'), backupFile);
    await new Promise((resolve) => setTimeout(resolve, 100));
    clearInterval(typing);
    writer.destroy();
    observer.destroy();
    await server.kill('SIGTERM');

    const restored = await spawnServer({ DATA_DIR: restoredDir });
    const reader = connectClient(restored.wsUrl, documentId, chair);
    await synced(reader);
    const restoredWords = words(reader.text());
    expect(seenBeforeBackup.size).toBeGreaterThan(0);
    expect([...seenBeforeBackup].filter((word) => !restoredWords.has(word))).toEqual([]);
    const amendments = await api<{ amendments: Array<{ id: string }> }>(restored.url, 'GET', `/api/documents/${documentId}/amendments`, { token: chair });
    expect(amendments.body.amendments.map((a) => a.id)).toEqual(expect.arrayContaining(acknowledged));
    reader.destroy();
    await restored.kill('SIGTERM');
  });
});
