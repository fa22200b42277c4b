/**
 * Renders exports, the long ones off the event loop: a Word file of a 5,000-paragraph text takes a
 * second to build, and on the main thread that second would stall every document's editing. Small
 * documents render in place (a worker's round trip would cost more than the work); large ones go to
 * one worker thread, started on first use and kept, whose renderers are the same shared modules.
 * The renderers (and the `docx` library) are loaded on the first export, not at start.
 */
import { Worker } from 'node:worker_threads';
import type { ExportFormat, ExportModel, ExportVariant } from '../../shared/export/export-model.js';
import type { ExportFile } from '../../shared/export/render-export.js';
import { COMPILED } from '../project-root.js';

export interface ExportRenderer {
  render(model: ExportModel, format: ExportFormat, variant: ExportVariant): Promise<ExportFile>;
  close(): Promise<void>;
}

/** Blocks plus amendments up to which a file is rendered in place (about 40 ms for a tracked Word file). */
export const RENDER_IN_PLACE_UP_TO = 500;

// The compiled build (dist/server) imports the compiled renderers; the sources import the TypeScript ones.
const RENDERER_MODULE = new URL(`../../shared/export/render-export.${COMPILED ? 'js' : 'ts'}`, import.meta.url).href;

type RenderExport = typeof import('../../shared/export/render-export.js').renderExport;
let renderInPlace: Promise<RenderExport> | undefined;
function loadRenderExport(): Promise<RenderExport> {
  renderInPlace ??= import('../../shared/export/render-export.js').then((module) => module.renderExport);
  return renderInPlace;
}

// Plain JavaScript evaluated in the worker. From the sources it loads the TypeScript renderers through
// tsx's loader when the process does not already have one (tests run the server inside vitest, which
// the worker does not inherit); the compiled build needs no loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const renderers = (async () => {
  try {
    return await import(workerData.module);
  } catch (error) {
    if (workerData.compiled) throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // A new URL: the failed load of the first one stays cached.
    return import(workerData.module + '?with-loader');
  }
})();
parentPort.on('message', async ({ id, model, format, variant }) => {
  try {
    const { renderExport } = await renderers;
    parentPort.postMessage({ id, file: await renderExport(model, format, variant) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

interface Pending {
  resolve: (file: ExportFile) => void;
  reject: (error: Error) => void;
}

type WorkerReply = { id: number; file: ExportFile } | { id: number; error: string };

export function createExportRenderer(renderInPlaceUpTo = RENDER_IN_PLACE_UP_TO): ExportRenderer {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = null;
  };

  const startWorker = (): Worker => {
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: RENDERER_MODULE, compiled: COMPILED } });
    started.unref();
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(`export failed in its worker: ${reply.error}`));
      else waiting.resolve(reply.file);
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => failAll(new Error(`the export worker stopped (exit ${code})`)));
    return started;
  };

  return {
    render(model, format, variant) {
      if (model.blocks.length + model.amendments.length <= renderInPlaceUpTo) {
        return loadRenderExport().then((renderExport) => renderExport(model, format, variant));
      }
      worker ??= startWorker();
      const id = nextId++;
      const target = worker;
      return new Promise<ExportFile>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.postMessage({ id, model, format, variant });
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
