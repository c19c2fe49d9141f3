// GhostHands dashboard: keeps the server-rendered page live. The server renders every fragment; this script only
// swaps them in (/dashboard/stream), follows the selected job's timeline (/api/v1/gh/jobs/{id}/stream) and calls
// cancel and retry. It sends the X-GH-Dashboard header with every request that changes something.
'use strict';
(() => {
  const maxRows = 50;
  const byId = (id) => document.getElementById(id);
  let selected = byId('detail')?.dataset.job || null;
  let timeline = null;
  let serverOffset = 0;

  // ---- rendering helpers -------------------------------------------------------------------------------------
  const fragments = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return [...template.content.children];
  };

  const pad = (n) => String(n).padStart(2, '0');
  const clock = (date) => `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  const age = (seconds) => seconds < 90 ? `${Math.round(seconds)} s`
    : seconds < 5400 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;

  function localize(root) {
    for (const time of root.querySelectorAll('time[datetime]')) {
      const date = new Date(time.getAttribute('datetime'));
      if (!Number.isNaN(date.getTime())) {
        time.textContent = time.hasAttribute('data-date') ? `${date.toLocaleDateString()} ${clock(date)}` : clock(date);
        time.title = date.toString();
      }
    }
  }

  function tickAges() {
    const now = Date.now() + serverOffset;
    for (const el of document.querySelectorAll('.age[data-since]')) {
      el.textContent = `${age(Math.max(0, (now - Date.parse(el.dataset.since)) / 1000))} ago`;
    }
  }

  function markSelected() {
    for (const row of document.querySelectorAll('#jobs-body tr[data-job]')) {
      row.setAttribute('aria-selected', String(row.dataset.job === selected));
    }
  }

  function enhance(el) {
    localize(el);
    if (el.id === 'workers' && el.dataset.now) {
      serverOffset = Date.parse(el.dataset.now) - Date.now();
    }
  }

  // ---- the live feed -----------------------------------------------------------------------------------------
  function swap(html) {
    for (const el of fragments(html)) {
      const old = byId(el.id);
      if (old) {
        old.replaceWith(el);
        enhance(el);
      }
    }

    markSelected();
    tickAges();
  }

  function rows(html) {
    const body = byId('jobs-body');
    let touchesSelected = false;
    for (const row of fragments(html)) {
      const old = byId(row.id);
      if (old) {
        old.replaceWith(row);
      } else {
        body.prepend(row);
      }

      localize(row);
      touchesSelected ||= row.dataset.job === selected;
    }

    while (body.rows.length > maxRows) {
      body.lastElementChild.remove();
    }

    markSelected();
    if (touchesSelected) {
      refreshHead();
    }
  }

  function setLive(state, text) {
    const live = byId('live');
    live.dataset.state = state;
    live.textContent = text;
  }

  const feed = new EventSource('/dashboard/stream');
  feed.addEventListener('swap', (e) => swap(e.data));
  feed.addEventListener('rows', (e) => rows(e.data));
  feed.onopen = () => setLive('live', 'live');
  feed.onerror = () => feed.readyState === EventSource.CLOSED
    ? setLive('closed', 'disconnected: reload to sign in again')
    : setLive('reconnecting', 'reconnecting');

  // ---- the selected job --------------------------------------------------------------------------------------
  function message(text, isError) {
    const el = byId('detail-msg');
    if (el) {
      el.textContent = text;
      el.classList.toggle('error', Boolean(isError));
    }
  }

  async function fetchDetail(id) {
    const response = await fetch(`/dashboard/jobs/${id}`, { credentials: 'same-origin' });
    return fragments(await response.text()).find((el) => el.id === 'detail');
  }

  let refreshing = null;
  function refreshHead() {
    const id = selected;
    refreshing ??= (async () => {
      try {
        const head = (await fetchDetail(id))?.querySelector('#detail-head');
        if (head && id === selected) {
          byId('detail-head')?.replaceWith(head);
          localize(head);
        }
      } finally {
        refreshing = null;
      }
    })();
  }

  async function select(id, push) {
    selected = id;
    timeline?.abort();
    timeline = null;
    if (push) {
      history.pushState(null, '', id ? `/dashboard?job=${id}` : '/dashboard');
    }

    markSelected();
    if (!id) {
      const empty = document.createElement('section');
      empty.id = 'detail';
      empty.className = 'panel detail';
      empty.hidden = true;
      byId('detail').replaceWith(empty);
      return;
    }

    const detail = await fetchDetail(id);
    if (id !== selected || !detail) {
      return;
    }

    byId('detail').replaceWith(detail);
    localize(detail);
    if (detail.dataset.job) {
      followTimeline(id);
    }

    if (window.matchMedia('(max-width: 999px)').matches) {
      detail.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }

  async function act(button) {
    const { action, job } = button.dataset;
    if (!window.confirm(action === 'cancel' ? 'Cancel this job?' : 'Run this job again?')) {
      return;
    }

    button.disabled = true;
    const response = await fetch(`/api/v1/gh/jobs/${job}/${action}`, {
      method: 'POST', credentials: 'same-origin', headers: { 'X-GH-Dashboard': '1' },
    });
    if (response.ok) {
      message(action === 'cancel' ? 'Cancelled.' : 'Back in the queue.');
      refreshHead();
    } else {
      const problem = await response.json().catch(() => null);
      message(problem?.detail || `The request failed (${response.status}).`, true);
      button.disabled = false;
    }
  }

  // ---- the selected job's timeline: its own event stream, read with fetch so that every event type arrives --
  function eventItem(jobId, e) {
    const li = document.createElement('li');
    li.className = e.to_status ? 'status' : /fail|error|crash|blocker|skipped/.test(e.event_type) ? 'problem' : '';
    const when = document.createElement('time');
    when.className = 'when';
    when.dateTime = e.created_at;
    when.textContent = clock(new Date(e.created_at));
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = e.event_type;
    li.append(when, type);
    if (e.to_status) {
      li.append(' ');
      for (const [i, status] of [e.from_status, e.to_status].entries()) {
        if (!status) {
          continue;
        }

        if (i === 1 && e.from_status) {
          li.append(' → ');
        }

        const badge = document.createElement('span');
        badge.className = `badge s-${status}`;
        badge.textContent = status;
        li.append(badge);
      }
    }

    const actor = document.createElement('span');
    actor.className = 'actor';
    actor.textContent = ` · ${e.actor}`;
    li.append(actor);
    if (e.message) {
      const p = document.createElement('p');
      p.textContent = e.message;
      li.append(p);
    }

    const url = e.metadata?.url;
    if (e.event_type === 'screenshot_taken' && typeof url === 'string' && url.startsWith(`/api/v1/gh/jobs/${jobId}/artifacts/`)) {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener';
      const img = document.createElement('img');
      img.src = url;
      img.alt = e.message || 'Screenshot';
      img.loading = 'lazy';
      link.append(img);
      li.append(link);
    }

    return li;
  }

  function parseEvent(block) {
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('data:')) {
        data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
      }
    }

    return data.length ? data.join('\n') : null;
  }

  async function followTimeline(jobId) {
    const control = new AbortController();
    timeline = control;
    let last = 0;
    while (!control.signal.aborted) {
      try {
        const response = await fetch(`/api/v1/gh/jobs/${jobId}/stream`, {
          credentials: 'same-origin', signal: control.signal, headers: last ? { 'Last-Event-ID': String(last) } : {},
        });
        if (!response.ok) {
          message(`The timeline could not be loaded (${response.status}).`, true);
          return;
        }

        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            break;
          }

          buffer += value;
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const data = parseEvent(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (data === '[DONE]') {
              return;
            }

            if (data !== null) {
              const e = JSON.parse(data);
              last = e.id;
              byId('timeline')?.append(eventItem(jobId, e));
              if (e.to_status) {
                refreshHead();
              }
            }
          }
        }
      } catch {
        if (control.signal.aborted) {
          return;
        }
      }

      // The stream ended without [DONE] (server restart): pick up after the last event seen.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  // ---- wiring ------------------------------------------------------------------------------------------------
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }

    const button = e.target.closest('button[data-action]');
    if (button) {
      act(button);
      return;
    }

    if (e.target.closest('[data-close]')) {
      e.preventDefault();
      select(null, true);
      return;
    }

    const target = e.target.closest('a[data-job], tr[data-job]');
    if (target) {
      e.preventDefault();
      select(target.dataset.job, true);
    }
  });

  window.addEventListener('popstate', () => select(new URLSearchParams(location.search).get('job'), false));
  localize(document);
  enhance(byId('workers'));
  markSelected();
  tickAges();
  setInterval(tickAges, 1000);
  if (selected) {
    followTimeline(selected);
  }
})();
