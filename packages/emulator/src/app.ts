import { Hono } from 'hono';
import { ApiRouter, type Runtime } from './rest/router.js';
import { archiveRoutes } from './rest/routes/archives.js';
import { audioConnectorRoutes } from './rest/routes/audio-connector.js';
import { broadcastRoutes } from './rest/routes/broadcasts.js';
import { callbackRoutes } from './rest/routes/callbacks.js';
import { captionsRoutes } from './rest/routes/captions.js';
import { moderationRoutes } from './rest/routes/moderation.js';
import { renderRoutes } from './rest/routes/renders.js';
import { sessionRoutes } from './rest/routes/sessions.js';
import { signalRoutes } from './rest/routes/signals.js';
import { sipRoutes } from './rest/routes/sip.js';
import { streamRoutes } from './rest/routes/streams.js';
import { errorResponse } from './wire/responses.js';

/** Every OpenTok REST operation the emulator serves. */
export function apiRouter(): ApiRouter {
  const router = new ApiRouter();
  for (const register of [
    sessionRoutes,
    archiveRoutes,
    broadcastRoutes,
    signalRoutes,
    streamRoutes,
    moderationRoutes,
    sipRoutes,
    renderRoutes,
    audioConnectorRoutes,
    captionsRoutes,
    callbackRoutes,
  ]) {
    register(router);
  }
  return router;
}

/** The Hono app: the control API under `/_emulator`, the OpenTok API (`api`), JSON 404s and (never expected) 500s. */
export function createApp(api: ApiRouter, runtime: Runtime, control: Hono): Hono {
  const app = new Hono({ strict: false });
  app.route('/_emulator', control);
  api.mount(app, runtime);
  app.notFound((c) => errorResponse(404, `Not found: the OpenTok API has no route ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.onError((error) => errorResponse(500, `Internal emulator error: ${error instanceof Error ? error.message : String(error)}`));
  return app;
}
