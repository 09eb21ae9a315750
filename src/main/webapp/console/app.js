// The Backforge console: a small single-page application over the REST API (/api/v1), with hash routes.
'use strict';

const root = window.location.pathname.replace(/console\/.*$/, '');
const ACTIVE = ['QUEUED', 'STARTING', 'STARTED', 'STOPPING'];
let me = {user: '', roles: []};
let refresh = null;

function esc(value) {
    return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path, options = {}) {
    const response = await fetch(root + 'api/v1/' + path, {
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json, text/plain'},
        ...options
    });
    if (response.status === 401) {
        window.location.href = root + 'login.html';
        throw new Error('signed out');
    }
    const text = await response.text();
    const json = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
    if (!response.ok) {
        const error = new Error(json && json.detail ? json.detail : response.statusText);
        error.problem = json;
        throw error;
    }
    return json;
}

const isOperator = () => me.roles.includes('operator');
const badge = status => `<span class="badge ${esc(status)}">${esc(status)}</span>`;
const when = iso => iso ? new Date(iso).toLocaleString() : '';
const seconds = ms => ms == null ? '' : ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(1) + ' s';
const progress = p => `<progress value="${p.generated}" max="${Math.max(p.total, 1)}" title="${p.generated}/${p.total}"></progress>`;
// line numbers beside the code, in a column of their own, so highlighting never has to be split across lines
const numbered = (id, text, language) => `<div class="code-wrap"><pre class="gutter" aria-hidden="true">${
    text.replace(/\n$/, '').split('\n').map((_, i) => i + 1).join('\n')}</pre><pre class="code"><code id="${id}" class="language-${language}">${esc(text)}</code></pre></div>`;
const PAGE = 100;
const paths = list => (list || []).map(p => `<li><code>${esc(p)}</code></li>`).join('');

// what a run changed (or a plan would change): components by origin, files by what publishing does to them
function changesHtml(c, id) {
    if (!c) {
        return '';
    }
    const count = v => Array.isArray(v) ? v.length : v;
    return `<span id="${id}">${count(c.reused)} reused, ${count(c.regenerated)} regenerated, ${count(c.new)} new,
        ${count(c.removed)} removed${c.since ? ` since <a href="#/runs/${esc(c.since)}">${esc(c.since.substring(0, 8))}</a>` : ''}</span>`;
}

function publishHtml(p, verb) {
    if (!p) {
        return '';
    }
    const section = (key, title, note) => (p[key] || []).length
        ? `<h3>${title} (${p[key].length})</h3>${note ? `<p class="muted">${note}</p>` : ''}<ul class="paths" data-outcome="${key}">${paths(p[key])}</ul>` : '';
    return `<p>${(p.new || []).length} new, ${(p.replaced || []).length} replaced, ${(p.merged || []).length} merged with people's edits,
          ${(p.conflicts || []).length} in conflict, ${(p.deleted || []).length} deleted, ${p.unchanged || 0} unchanged${verb ? ' (' + verb + ')' : ''}.</p>
        ${section('conflicts', 'Conflicts', "The person's file is left as it is; the new output is beside it as <code>.backforge-new</code> (or marked in the file, if the workflow asks for markers). Delete the <code>.backforge-new</code> file once settled.")}
        ${section('merged', "Merged with people's edits")}
        ${section('kept', 'Kept', "Their component left the architecture, but people changed them: not deleted.")}
        ${section('deleted', 'Deleted', 'Their component left the architecture and nobody changed them.')}
        ${section('kept_deleted', 'Left deleted', 'People deleted them; Backforge has nothing new for them.')}`;
}

function planHtml(plan) {
    if (plan.no_changes) {
        return `<div class="card" id="plan"><h2>Plan</h2><p id="plan-summary"><strong>No changes</strong>: a run would end at once,
            make no model call and write nothing.</p></div>`;
    }
    const files = plan.files_predicted === false ? `<p class="muted">${esc(plan.reason)}</p>` : publishHtml(plan.files, 'if launched now');
    return `<div class="card" id="plan"><h2>Plan</h2><p id="plan-summary">${changesHtml(plan.components, 'plan-components')}</p>
        ${['regenerated', 'new', 'removed'].map(k => plan.components[k].length
            ? `<h3>${k} components</h3><ul class="paths">${paths(plan.components[k])}</ul>` : '').join('')}
        <h3>Published files</h3>${files}</div>`;
}

function view(html) {
    document.getElementById('view').innerHTML = html;
}

function problemHtml(error) {
    const p = error.problem || {};
    const list = (p.errors || []).map(e => `<li><code>${esc(e.pointer || '(document)')}</code> [${esc(e.rule)}] ${esc(e.message)}</li>`);
    return `<div class="card error" id="problem"><strong>${esc(p.title || 'Error')}</strong>: ${esc(error.message)}
        ${list.length ? `<ul>${list.join('')}</ul>` : ''}</div>`;
}

function autoRefresh(active, render) {
    clearInterval(refresh);
    refresh = active ? setInterval(render, 2000) : null;
}

// ---- runs list ----------------------------------------------------------------------------------------------

async function runsPage(params) {
    const q = new URLSearchParams(params);
    const query = ['workflow', 'status', 'from', 'to'].filter(k => q.get(k))
        .map(k => `${k}=${encodeURIComponent(k === 'from' || k === 'to' ? new Date(q.get(k)).toISOString() : q.get(k))}`);
    const page = Number(q.get('page') || 0);
    const data = await api(`runs?${query.concat([`page=${page}`, 'size=20']).join('&')}`);
    const rows = data.items.map(r => `<tr data-run="${esc(r.id)}">
        <td>${badge(r.status)}</td>
        <td><a href="#/runs/${esc(r.id)}">${esc(r.workflow_id)}</a><div class="muted">${esc(r.id.substring(0, 8))}</div></td>
        <td>${esc(r.generator)}</td><td>${when(r.started_at || r.created_at)}</td><td class="num">${seconds(r.duration_ms)}</td>
        <td>${progress(r.progress)} <span class="muted">${r.progress.generated}/${r.progress.total}</span></td>
        <td class="num">${r.tokens.total}</td><td class="muted">${esc(r.trigger || '')}</td>
        <td class="muted">${esc(r.instance ? r.instance.name || r.instance.id.substring(0, 8) : '')}</td></tr>`).join('');
    const last = Math.max(0, Math.ceil(data.total / 20) - 1);
    view(`<div class="card"><h1>Runs</h1>
        <form class="filters" id="run-filters">
          <label>Workflow <input name="workflow" value="${esc(q.get('workflow') || '')}"></label>
          <label>Status <select name="status"><option value="">any</option>${['QUEUED', 'STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'FAILED', 'COMPLETED', 'ABANDONED']
                .map(s => `<option ${q.get('status') === s ? 'selected' : ''}>${s}</option>`).join('')}</select></label>
          <label>From <input type="datetime-local" name="from" value="${esc(q.get('from') || '')}"></label>
          <label>To <input type="datetime-local" name="to" value="${esc(q.get('to') || '')}"></label>
          <button type="submit">Filter</button></form>
        <table id="runs-table"><thead><tr><th>Status</th><th>Workflow</th><th>Generator</th><th>Started</th>
          <th class="num">Duration</th><th>Progress</th><th class="num">Tokens</th><th>Trigger</th><th>Instance</th></tr></thead>
          <tbody>${rows || '<tr><td colspan="9" class="muted">No runs.</td></tr>'}</tbody></table>
        <div class="pager"><button id="prev" ${page === 0 ? 'disabled' : ''}>Previous</button>
          <span class="muted">page ${page + 1} of ${last + 1} (${data.total} runs)</span>
          <button id="next" ${page >= last ? 'disabled' : ''}>Next</button></div></div>`);
    const go = p => { q.set('page', p); location.hash = '#/runs?' + q.toString(); };
    document.getElementById('prev').onclick = () => go(page - 1);
    document.getElementById('next').onclick = () => go(page + 1);
    document.getElementById('run-filters').onsubmit = e => {
        e.preventDefault();
        const f = new FormData(e.target);
        const next = new URLSearchParams();
        for (const [k, v] of f.entries()) { if (v) next.set(k, v); }
        location.hash = '#/runs?' + next.toString();
    };
    autoRefresh(data.items.some(r => ACTIVE.includes(r.status)), () => runsPage(params));
}

// ---- one run ------------------------------------------------------------------------------------------------

async function runPage(id) {
    const r = await api(`runs/${encodeURIComponent(id)}`);
    const metrics = ['read_count', 'write_count', 'commit_count', 'rollback_count', 'read_skip_count',
        'process_skip_count', 'filter_count', 'write_skip_count'];
    const steps = r.steps.map(s => `<tr><td>${esc(s.execution_id)}</td><td>${esc(s.name)}</td><td>${badge(s.status)}</td>
        <td class="muted">${esc(s.exit_status || '')}</td>${metrics.map(m => `<td class="num">${s.metrics[m]}</td>`).join('')}</tr>`).join('');
    const shown = Number(new URLSearchParams(location.hash.split('?')[1] || '').get('page') || 0);
    const pages = Math.max(1, Math.ceil(r.components.length / PAGE));
    const components = r.components.slice(shown * PAGE, shown * PAGE + PAGE).map(c => `<tr><td class="num">${c.position + 1}</td><td>${esc(c.id)}</td><td>${esc(c.type)}</td>
        <td>${badge(c.state)}</td><td class="muted">${esc(c.origin || '')}</td><td class="num">${c.attempts}</td><td class="num">${c.tokens.prompt + c.tokens.completion}</td>
        <td class="num">${seconds(c.duration_ms)}</td><td class="num">${c.findings.errors} / ${c.findings.warnings}</td>
        <td>${c.state === 'generated' ? `<a href="#/runs/${esc(r.id)}/files/${encodeURIComponent(c.file_path)}">${esc(c.file_path)}</a>` : esc(c.file_path)}
        ${c.failure ? `<div class="error">${esc(c.failure)}</div>` : ''}</td></tr>`).join('');
    const actions = isOperator() ? r.actions.map(a => `<button id="action-${a}" class="${a === 'abandon' ? 'danger' : ''}" data-action="${a}">${a}</button>`).join('') : '';
    view(`<div class="card"><h1>Run ${esc(r.id)} <span id="run-status">${badge(r.status)}</span></h1>
        <div class="kv"><span class="muted">Workflow</span><span><a href="#/workflows/${encodeURIComponent(r.workflow_id)}">${esc(r.workflow_id)}</a></span>
          <span class="muted">Architecture</span><span>${esc(r.architecture_id)} (revision ${esc(r.revision_id)})</span>
          <span class="muted">Generator</span><span>${esc(r.generator)}, ${r.item_count} per checkpoint, verification policy ${esc(r.verification_policy)}</span>
          <span class="muted">Started / ended</span><span>${when(r.started_at)} / ${when(r.ended_at)} (${seconds(r.duration_ms)})</span>
          <span class="muted">Progress</span><span>${progress(r.progress)} ${r.progress.generated}/${r.progress.total} generated, ${r.progress.failed} failed</span>
          <span class="muted">Tokens</span><span>${r.tokens.prompt} prompt + ${r.tokens.completion} completion</span>
          <span class="muted">Executions</span><span id="run-executions">${r.execution_history.map(e =>
              `${esc(e.execution_id)} on ${esc(e.instance ? e.instance.name || e.instance.id : 'unknown')}`).join(', ') || 'none yet (queued)'}</span>
          <span class="muted">Exit status</span><span id="exit-status">${esc(r.exit_status || '')}${r.exit_status === 'NO_CHANGES'
              ? ` (no changes since <a href="#/runs/${esc(r.output.same_as || '')}">${esc((r.output.same_as || '').substring(0, 8))}</a>: nothing written)` : ''}</span>
          ${r.changes ? `<span class="muted">Changes</span>${changesHtml(r.changes, 'run-changes')}` : ''}</div>
        ${r.failure_cause ? `<p class="error" id="failure-cause">${esc(r.failure_cause)}</p>` : ''}
        <div class="actions">${actions}
          ${r.output.manifest ? `<a id="manifest-link" href="#/runs/${esc(r.id)}/manifest">manifest</a>` : ''}</div>
        <div id="action-result"></div></div>
        ${r.publish ? `<div class="card" id="publish-report"><h2>Published</h2>${publishHtml(r.publish, '')}</div>` : ''}
        <div class="card"><h2>Steps</h2><table id="steps-table"><thead><tr><th>Execution</th><th>Step</th><th>Status</th><th>Exit</th>
          ${metrics.map(m => `<th class="num">${m.replace(/_count$/, '').replace(/_/g, ' ')}</th>`).join('')}</tr></thead><tbody>${steps}</tbody></table></div>
        <div class="card"><h2>Components</h2><table id="components-table"><thead><tr><th class="num">#</th><th>Component</th><th>Type</th><th>State</th><th>Origin</th>
          <th class="num">Attempts</th><th class="num">Tokens</th><th class="num">Duration</th><th class="num">Errors / warnings</th><th>File</th></tr></thead>
          <tbody>${components}</tbody></table>
          ${pages > 1 ? `<div class="pager" id="components-pager">${Array.from({length: pages}, (_, i) =>
              `<a href="#/runs/${esc(r.id)}?page=${i}" class="${i === shown ? 'active' : ''}">${i * PAGE + 1}-${Math.min((i + 1) * PAGE, r.components.length)}</a>`).join(' ')}</div>` : ''}</div>`);
    document.querySelectorAll('[data-action]').forEach(b => b.onclick = async () => {
        const action = b.dataset.action;
        if (!window.confirm(`${action} run ${r.id}?`)) {
            return;
        }
        try {
            await api(`runs/${encodeURIComponent(r.id)}/${action}`, {method: 'POST'});
            runPage(id);
        } catch (e) {
            document.getElementById('action-result').innerHTML = problemHtml(e);
        }
    });
    autoRefresh(ACTIVE.includes(r.status), () => runPage(id));
}

// ---- files, manifest, diff ----------------------------------------------------------------------------------

async function filePage(id, path) {
    clearInterval(refresh);
    const [content, run, others] = await Promise.all([
        api(`runs/${encodeURIComponent(id)}/files/${path.split('/').map(encodeURIComponent).join('/')}`),
        api(`runs/${encodeURIComponent(id)}`), null]);
    const list = await api(`runs?workflow=${encodeURIComponent(run.workflow_id)}&size=50`);
    const choices = list.items.filter(x => x.id !== id).map(x => `<option value="${esc(x.id)}">${esc(x.id.substring(0, 8))} ${when(x.created_at)} ${esc(x.status)}</option>`).join('');
    view(`<div class="card"><h1><a href="#/runs/${esc(id)}">Run ${esc(id.substring(0, 8))}</a> / ${esc(path)}</h1>
        ${choices ? `<form class="filters" id="diff-form"><label>Compare with run <select id="diff-other">${choices}</select></label>
          <button type="submit">Diff</button></form>` : '<p class="muted">No other run of this workflow to compare with.</p>'}
        ${numbered('file-content', content, path.endsWith('.json') ? 'json' : path.endsWith('.py') ? 'python' : 'plaintext')}</div>`);
    hljs.highlightElement(document.getElementById('file-content'));
    const form = document.getElementById('diff-form');
    if (form) {
        form.onsubmit = e => {
            e.preventDefault();
            location.hash = `#/diff/${encodeURIComponent(document.getElementById('diff-other').value)}/${encodeURIComponent(id)}/${encodeURIComponent(path)}`;
        };
    }
}

async function fetchText(id, path) {
    try {
        return await api(`runs/${encodeURIComponent(id)}/files/${path.split('/').map(encodeURIComponent).join('/')}`);
    } catch (e) {
        return '';
    }
}

async function diffPage(a, b, path) {
    clearInterval(refresh);
    const [left, right] = await Promise.all([fetchText(a, path), fetchText(b, path)]);
    const parts = Diff.diffLines(left, right);
    let oldLine = 0;
    let newLine = 0;
    const lines = parts.flatMap(p => p.value.replace(/\n$/, '').split('\n').map(line => {
        const o = p.added ? '' : ++oldLine;
        const n = p.removed ? '' : ++newLine;
        return `<div class="diff-line ${p.added ? 'added' : p.removed ? 'removed' : ''}"><span class="ln">${o}</span><span class="ln">${n}</span>${p.added ? '+' : p.removed ? '-' : ' '} ${esc(line)}</div>`;
    }));
    const changed = parts.filter(p => p.added || p.removed).length;
    view(`<div class="card"><h1>${esc(path)}</h1>
        <p class="muted">From <a href="#/runs/${esc(a)}">${esc(a.substring(0, 8))}</a> to <a href="#/runs/${esc(b)}">${esc(b.substring(0, 8))}</a>:
          ${changed ? `${changed} changed block(s)` : 'identical'}</p>
        <div id="diff-view">${lines.join('')}</div></div>`);
}

async function manifestPage(id) {
    clearInterval(refresh);
    const manifest = await api(`runs/${encodeURIComponent(id)}/manifest`);
    const files = manifest.generated_files.concat(manifest.api_files).map(f => `<tr><td><a href="#/runs/${esc(id)}/files/${encodeURIComponent(f.path)}">${esc(f.path)}</a></td>
        <td>${esc(f.component_id)}</td><td class="num">${f.line_count}</td><td class="muted">${esc(f.sha256.substring(0, 12))}</td>
        <td>${(f.stubbed_methods || []).map(esc).join(', ')}</td></tr>`).join('');
    const m = manifest.metadata;
    view(`<div class="card"><h1><a href="#/runs/${esc(id)}">Run ${esc(id.substring(0, 8))}</a> / manifest</h1>
        <p>${m.total_files} files, ${m.total_lines} lines, ${m.tokens_used} tokens, generator ${esc(m.generator.name)} ${esc(m.generator.version)};
          verification: ${m.verification.errors} errors, ${m.verification.warnings} warnings</p>
        <table id="manifest-table"><thead><tr><th>File</th><th>Component</th><th class="num">Lines</th><th>sha256</th><th>Stubs</th></tr></thead><tbody>${files}</tbody></table>
        <details><summary>manifest.json</summary><pre class="code"><code class="language-json">${esc(JSON.stringify(manifest, null, 2))}</code></pre></details></div>`);
}

// ---- schedules ----------------------------------------------------------------------------------------------

// ---- instances ----------------------------------------------------------------------------------------------

async function instancesPage() {
    const data = await api('instances');
    const rows = data.items.map(i => `<tr><td>${esc(i.name)}${i.self ? ' <span class="muted">(answering)</span>' : ''}
        <div class="muted">${esc(i.id)}</div></td><td>${badge(i.state.toLowerCase())}</td><td class="num">${i.capacity}</td>
        <td>${when(i.started_at)}</td><td>${when(i.heartbeat_at)}</td><td>${when(i.ended_at)}
        <div class="muted">${esc(i.end_reason || '')}</div></td></tr>`).join('');
    view(`<div class="card"><h1>Instances</h1><p class="muted">The servers sharing this store; runs go to whichever
        has room, and the runs of one that is gone are taken over by the others.</p>
        <table id="instances-table"><thead><tr><th>Instance</th><th>State</th><th class="num">Capacity</th><th>Started</th>
        <th>Heartbeat</th><th>Ended</th></tr></thead><tbody>${rows}</tbody></table></div>`);
    autoRefresh(true, instancesPage);
}

async function schedulesPage() {
    clearInterval(refresh);
    const data = await api('schedules');
    const rows = data.items.map(s => `<tr><td>${esc(s.workflow_id)}</td><td><code>${esc(s.cron)}</code> ${esc(s.time_zone)}</td>
        <td>${badge(s.enabled ? 'enabled' : 'paused')}${s.only_when_changed ? ' <span class="muted">only when changed</span>' : ''}</td>
        <td>${s.next_fire_times.map(when).join('<br>')}</td><td>${when(s.last_fire_at)} ${s.last_run_id ? `<a href="#/runs/${esc(s.last_run_id)}">run</a>` : ''}
          <div class="muted">${esc(s.last_outcome || '')}</div></td>
        <td>${isOperator() ? `<button data-id="${esc(s.id)}" data-do="${s.enabled ? 'pause' : 'resume'}">${s.enabled ? 'pause' : 'resume'}</button>
          <button class="danger" data-id="${esc(s.id)}" data-do="delete">delete</button>` : ''}</td></tr>`).join('');
    view(`<div class="card"><h1>Schedules</h1><table id="schedules-table"><thead><tr><th>Workflow</th><th>When</th><th>State</th>
          <th>Next fire times</th><th>Last fired</th><th></th></tr></thead><tbody>${rows || '<tr><td colspan="6" class="muted">No schedules.</td></tr>'}</tbody></table></div>
        ${isOperator() ? `<div class="card"><h2>New schedule</h2><form id="schedule-form" class="filters">
          <label>Workflow <input name="workflow_id" required></label><label>Cron <input name="cron" value="0 2 * * *" required></label>
          <label>Time zone <input name="time_zone" value="${esc(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')}"></label>
          <label><input type="checkbox" name="only_when_changed"> only when something changed</label>
          <button class="primary" type="submit">Create</button></form><div id="schedule-result"></div></div>` : ''}`);
    document.querySelectorAll('[data-do]').forEach(b => b.onclick = async () => {
        if (b.dataset.do === 'delete' && !window.confirm('Delete this schedule?')) {
            return;
        }
        await api(`schedules/${b.dataset.id}${b.dataset.do === 'delete' ? '' : '/' + b.dataset.do}`,
            {method: b.dataset.do === 'delete' ? 'DELETE' : 'POST'});
        schedulesPage();
    });
    const form = document.getElementById('schedule-form');
    if (form) {
        form.onsubmit = async e => {
            e.preventDefault();
            try {
                const body = Object.fromEntries(new FormData(form).entries());
                body.only_when_changed = body.only_when_changed === 'on';
                await api('schedules', {method: 'POST', body: JSON.stringify(body)});
                schedulesPage();
            } catch (error) {
                document.getElementById('schedule-result').innerHTML = problemHtml(error);
            }
        };
    }
}

// ---- launch -------------------------------------------------------------------------------------------------

function launchPage() {
    clearInterval(refresh);
    if (!isOperator()) {
        view('<div class="card" id="launch-refused"><h1>Launch a run</h1><p>Launching needs the operator role; you are signed in as a viewer.</p></div>');
        return;
    }
    view(`<div class="card"><h1>Launch a run</h1><form id="launch-form">
        <label>Workflow <input id="launch-workflow" name="workflow" value="console" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]{0,99}" title="1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit" required></label>
        <label>Architecture artifact (JSON) <textarea id="launch-artifact" name="artifact" required></textarea></label>
        <label>or a file <input id="launch-file" type="file" accept=".json,application/json"></label>
        <div class="filters"><label>Generator <select id="launch-generator"><option value="">server default</option>
            <option>template</option><option>hybrid</option><option>llm</option></select></label>
          <label>Components per checkpoint <input id="launch-item-count" type="number" min="1" max="100" value="1"></label>
          <label>Verification <select id="launch-policy"><option>fail</option><option>report</option></select></label>
          <label>Conflicts with people's edits <select id="launch-conflicts"><option value="beside">new file beside theirs</option>
            <option value="markers">conflict markers in their file</option></select></label></div>
        <button id="launch-preview" type="button">Preview changes</button>
        <button id="launch-submit" class="primary" type="submit">Launch</button></form><div id="launch-result"></div></div>
        <div id="launch-plan"></div>`);
    document.getElementById('launch-file').onchange = async e => {
        const file = e.target.files[0];
        if (file) {
            document.getElementById('launch-artifact').value = await file.text();
        }
    };
    const workflow = () => encodeURIComponent(document.getElementById('launch-workflow').value);
    // the artifact and options as the API takes them, or null with the reason shown
    const body = () => {
        const result = document.getElementById('launch-result');
        result.innerHTML = '';
        let architecture;
        try {
            architecture = JSON.parse(document.getElementById('launch-artifact').value);
        } catch (error) {
            result.innerHTML = `<p class="error">The artifact is not valid JSON: ${esc(error.message)}</p>`;
            return null;
        }
        const options = {item_count: Number(document.getElementById('launch-item-count').value),
            verification_policy: document.getElementById('launch-policy').value,
            conflicts: document.getElementById('launch-conflicts').value};
        const generator = document.getElementById('launch-generator').value;
        if (generator) {
            options.generator = generator;
        }
        return JSON.stringify({architecture, options});
    };
    document.getElementById('launch-preview').onclick = async () => {
        const b = body();
        if (b) {
            try {
                document.getElementById('launch-plan').innerHTML = planHtml(await api(`workflows/${workflow()}/plans`, {method: 'POST', body: b}));
            } catch (error) {
                document.getElementById('launch-result').innerHTML = problemHtml(error);
            }
        }
    };
    document.getElementById('launch-form').onsubmit = async e => {
        e.preventDefault();
        const b = body();
        if (b) {
            try {
                const run = await api(`workflows/${workflow()}/runs`, {method: 'POST', body: b});
                location.hash = '#/runs/' + run.id;
            } catch (error) {
                document.getElementById('launch-result').innerHTML = problemHtml(error);
            }
        }
    };
}

// ---- one workflow: its drift and its latest runs ----------------------------------------------------------

async function workflowPage(id) {
    clearInterval(refresh);
    const runs = await api(`runs?workflow=${encodeURIComponent(id)}&size=10`);
    let plan;
    try {
        plan = planHtml(await api(`workflows/${encodeURIComponent(id)}/plans`, {method: 'POST', body: '{}'}));
    } catch (error) {
        plan = problemHtml(error);
    }
    const rows = runs.items.map(r => `<tr><td>${badge(r.status)}</td><td><a href="#/runs/${esc(r.id)}">${esc(r.id.substring(0, 8))}</a></td>
        <td>${when(r.created_at)}</td><td class="muted">${esc(r.trigger || '')}</td></tr>`).join('');
    view(`<div class="card"><h1>Workflow ${esc(id)}</h1><p class="muted">What a run of its latest architecture revision would do now,
        against the published tree as people left it.</p></div>${plan}
        <div class="card"><h2>Latest runs</h2><table id="workflow-runs"><thead><tr><th>Status</th><th>Run</th><th>Created</th><th>Trigger</th></tr></thead>
        <tbody>${rows || '<tr><td colspan="4" class="muted">No runs.</td></tr>'}</tbody></table>
        <p><a href="#/runs?workflow=${encodeURIComponent(id)}">all runs of ${esc(id)}</a></p></div>`);
}

// ---- routing ------------------------------------------------------------------------------------------------

async function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#/, '')) || '/runs';
    const [path, query] = hash.split('?');
    const parts = path.split('/').filter(Boolean);
    document.querySelectorAll('[data-nav]').forEach(a => a.classList.toggle('active', a.dataset.nav === parts[0]));
    try {
        if (parts[0] === 'runs' && parts.length === 1) {
            await runsPage(query || '');
        } else if (parts[0] === 'runs' && parts[2] === 'files') {
            await filePage(parts[1], parts.slice(3).join('/'));
        } else if (parts[0] === 'runs' && parts[2] === 'manifest') {
            await manifestPage(parts[1]);
        } else if (parts[0] === 'runs') {
            await runPage(parts[1].split('?')[0]);
        } else if (parts[0] === 'diff') {
            await diffPage(parts[1], parts[2], parts.slice(3).join('/'));
        } else if (parts[0] === 'workflows' && parts[1]) {
            await workflowPage(parts[1]);
        } else if (parts[0] === 'schedules') {
            await schedulesPage();
        } else if (parts[0] === 'instances') {
            await instancesPage();
        } else if (parts[0] === 'launch') {
            launchPage();
        } else {
            location.hash = '#/runs';
        }
    } catch (error) {
        if (error.message !== 'signed out') {
            view(problemHtml(error));
        }
    }
}

(async function start() {
    me = await api('session');
    document.getElementById('who').textContent = `${me.user} (${me.roles.join(', ')})`;
    document.querySelectorAll('.operator-only').forEach(e => e.hidden = !isOperator());
    document.getElementById('sign-out').onclick = async () => {
        await api('session', {method: 'DELETE'});
        window.location.href = root + 'login.html';
    };
    window.addEventListener('hashchange', route);
    route();
})();
