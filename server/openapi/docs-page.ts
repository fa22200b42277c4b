/** `/api/docs`: the OpenAPI document as one static HTML page, no script (the CSP allows none inline) and nothing fetched. */
import type { JsonSchema } from './json-schemas.js';
import type { OpenApiDocument } from './openapi-document.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The little Markdown the descriptions use: `## ` headings, `code` and **bold**. */
function prose(markdown: string): string {
  return markdown
    .split('\n\n')
    .map((block) => {
      const inline = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      if (block.startsWith('## ')) {
        const [heading = '', ...rest] = block.slice(3).split('\n');
        return `<h3>${inline(heading)}</h3>${rest.length ? `<p>${inline(rest.join(' '))}</p>` : ''}`;
      }
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

const anchor = (name: string) => `schema-${name}`;

/** Indented JSON with each component reference a link to it. */
function schemaBlock(schema: unknown): string {
  const json = escapeHtml(JSON.stringify(schema, null, 2));
  return `<pre>${json.replace(/&#34;#\/components\/schemas\/([A-Za-z0-9]+)&#34;/g, (_, name: string) => `<a href="#${anchor(name)}">${name}</a>`)}</pre>`;
}

const asRecord = (value: unknown): JsonSchema => (typeof value === 'object' && value !== null ? (value as JsonSchema) : {});

function operationHtml(method: string, path: string, op: JsonSchema): string {
  const params = (Array.isArray(op.parameters) ? op.parameters : []).map(asRecord);
  const paramRows = params
    .map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : ''}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
    .join('');
  const body = asRecord(asRecord(asRecord(op.requestBody).content)['application/json']).schema;
  const responses = Object.entries(asRecord(op.responses))
    .map(([status, raw]) => {
      const response = asRecord(raw);
      const content = asRecord(response.content);
      const json = asRecord(content['application/json']).schema;
      const isError = Number(status) >= 400;
      const media = Object.keys(content).filter((type) => type !== 'application/json' || json === undefined);
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(response.description ?? ''))}${media.length ? ` <code>${escapeHtml(media.join(', '))}</code>` : ''}${json !== undefined && !isError ? schemaBlock(json) : ''}</li>`;
    })
    .join('');
  const id = escapeHtml(String(op.operationId ?? `${method}-${path}`));
  return `<section class="op" id="${id}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(String(op.summary ?? ''))}</p>
${prose(String(op.description ?? ''))}
${params.length ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body !== undefined ? `<h4>Request body (application/json)</h4>${schemaBlock(body)}` : ''}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1f24}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f5f7;padding:.6rem;overflow:auto;max-height:28rem}
.op{border-top:1px solid #d0d4da;padding:.4rem 0 1rem}.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;font-size:13px;padding:0 .3rem}
.get{background:#1f6feb}.post{background:#1a7f37}.put{background:#9a6700}.patch{background:#8250df}.delete{background:#cf222e}
table{border-collapse:collapse}td,th{border:1px solid #d0d4da;padding:.2rem .5rem;text-align:left;vertical-align:top}nav a{margin-right:.8rem}`;

export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op, tag: String((Array.isArray(op.tags) ? op.tags[0] : undefined) ?? 'other') })),
  );
  const sections = document.tags
    .map(({ name }) => `<h2 id="tag-${escapeHtml(name)}">${escapeHtml(name)}</h2>\n${operations.filter((o) => o.tag === name).map((o) => operationHtml(o.method, o.path, o.op)).join('\n')}`)
    .join('\n');
  const schemas = Object.entries(document.components.schemas)
    .map(([name, schema]) => `<h3 id="${anchor(name)}">${escapeHtml(name)}</h3>${schemaBlock(schema)}`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav>${document.tags.map(({ name }) => `<a href="#tag-${escapeHtml(name)}">${escapeHtml(name)}</a>`).join('')}<a href="#schemas">schemas</a></nav>
${prose(document.info.description)}
${sections}
<h2 id="schemas">Schemas</h2>
${schemas}
</body></html>`;
}
