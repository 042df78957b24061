import { fail } from '../../kernel/errors.js';
import { RESOLUTIONS } from '../../state/layout.js';
import { createSession, type SessionOptions } from '../../state/sessions.js';
import { errorResponse, json } from '../../wire/responses.js';
import type { Params } from '../params.js';
import type { ApiRequest, ApiRouter } from '../router.js';

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `create_dt` in the service's Java `Date.toString()` shape, in UTC: `Mon Mar 17 07:41:31 UTC 2014`. */
function javaDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function xml(body: string, status: number): Response {
  return new Response(XML_HEAD + body, { status, headers: { 'content-type': 'text/xml' } });
}

function wantsJson(request: ApiRequest): boolean {
  return (request.request.headers.get('accept') ?? '').toLowerCase().includes('application/json');
}

/** Reads the form fields of §2.1; `null` (as @vonage/video sends for location) means absent. */
function readOptions(form: Params): SessionOptions {
  const get = (name: string) => {
    const value = form.get(name);
    return value === null || value === '' || value === 'null' ? undefined : value;
  };
  const p2p = get('p2p.preference') ?? 'enabled';
  if (p2p !== 'enabled' && p2p !== 'disabled') fail(400, 'Invalid request: "p2p.preference" must be enabled (relayed) or disabled (routed).');
  const mediaMode = p2p === 'disabled' ? 'routed' : 'relayed';
  const archiveMode = get('archiveMode') ?? 'manual';
  if (archiveMode !== 'manual' && archiveMode !== 'always') fail(400, 'Invalid request: "archiveMode" must be manual or always.');
  if (archiveMode === 'always' && mediaMode !== 'routed')
    fail(400, 'Invalid request: a session with archiveMode "always" must be routed (p2p.preference=disabled).');
  const location = get('location') ?? '';
  if (location !== '' && !IPV4.test(location)) fail(400, 'Invalid request: "location" must be an IPv4 address.');
  const e2eeText = (get('e2ee') ?? 'false').toLowerCase();
  if (e2eeText !== 'true' && e2eeText !== 'false') fail(400, 'Invalid request: "e2ee" must be true or false.');
  const e2ee = e2eeText === 'true';
  if (e2ee && mediaMode !== 'routed') fail(400, 'Invalid request: end-to-end encryption needs a routed session.');
  const archiveName = get('archiveName');
  if (archiveName !== undefined && archiveName.length > 80) fail(400, 'Invalid request: "archiveName" must have 1 to 80 characters.');
  const archiveResolution = get('archiveResolution');
  if (archiveResolution !== undefined && !(RESOLUTIONS as readonly string[]).includes(archiveResolution)) {
    fail(400, `Invalid request: "archiveResolution" must be one of ${RESOLUTIONS.join(', ')}.`);
  }
  return {
    mediaMode,
    archiveMode,
    location,
    e2ee,
    ...(archiveName === undefined ? {} : { archiveName }),
    ...(archiveResolution === undefined ? {} : { archiveResolution }),
  };
}

/** `POST /session/create` (§2.1): form body; JSON array for JSON clients, the XML document otherwise. */
export function sessionRoutes(router: ApiRouter): void {
  router.add({
    operation: 'createSession',
    method: 'POST',
    path: '/session/create',
    read: (request) => readOptions(request.form()),
    // XML clients (no JSON Accept) get a refused form as the service's XML error document.
    refusal: (request, { status, message }) =>
      wantsJson(request) || status === 415
        ? errorResponse(status, message)
        : xml(`<error code="${status}"><badRequest message="${escapeXml(message)}"/></error>`, status),
    handle: (ctx, options) => {
      const session = createSession(ctx.store, ctx.project, options);
      const created = javaDate(session.createdAt);
      if (wantsJson(ctx)) {
        return json([
          {
            session_id: session.sessionId,
            project_id: ctx.project.apiKey,
            partner_id: ctx.project.apiKey,
            create_dt: created,
            media_server_url: '',
          },
        ]);
      }
      return xml(
        `<sessions><Session><session_id>${session.sessionId}</session_id><partner_id>${escapeXml(ctx.project.apiKey)}</partner_id><create_dt>${created}</create_dt></Session></sessions>`,
        200,
      );
    },
  });
}
