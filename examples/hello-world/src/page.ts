const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The single page: start and stop buttons and the session's archives, refreshed twice a second. */
export function page({ sessionId, backend }: { sessionId: string; backend: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OpenTok Hello World</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  code { font-size: 0.85em; word-break: break-all; }
  button { font: inherit; padding: 0.4rem 1rem; margin-right: 0.5rem; }
  li[data-status="available"] { color: #0a7a2f; }
  #error { color: #b00020; }
</style>
</head>
<body>
<h1>OpenTok Hello World</h1>
<p>Session <code id="session">${escapeHtml(sessionId)}</code><br>API: ${escapeHtml(backend)}.
Clients get a token from <a href="/token"><code>GET /token</code></a>.</p>
<p><button id="start">Start archiving</button><button id="stop" disabled>Stop archiving</button></p>
<p id="error" role="alert"></p>
<h2>Archives</h2>
<ul id="archives"></ul>
<script type="module">
const $ = (id) => document.getElementById(id);
let recording = null;

async function call(method, path) {
  const response = await fetch(path, { method });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error);
  return body;
}

function show(error) {
  $('error').textContent = error ? error.message : '';
}

$('start').onclick = async () => {
  try {
    recording = (await call('POST', '/archive/start')).id;
    $('start').disabled = true;
    $('stop').disabled = false;
    show();
  } catch (error) { show(error); }
  refresh();
};

$('stop').onclick = async () => {
  try {
    await call('POST', '/archive/' + encodeURIComponent(recording) + '/stop');
    recording = null;
    $('start').disabled = false;
    $('stop').disabled = true;
    show();
  } catch (error) { show(error); }
  refresh();
};

async function refresh() {
  try {
    const { items } = await call('GET', '/archives');
    $('archives').replaceChildren(...items.map((archive) => {
      const li = document.createElement('li');
      li.dataset.id = archive.id;
      li.dataset.status = archive.status;
      li.textContent = archive.name + ': ' + archive.status + (archive.duration ? ' (' + archive.duration + ' s)' : '');
      if (archive.url) {
        const link = document.createElement('a');
        link.href = archive.url;
        link.textContent = 'download';
        li.append(' ', link);
      }
      return li;
    }));
  } catch (error) { show(error); }
}

refresh();
setInterval(refresh, 500);
</script>
</body>
</html>
`;
}
