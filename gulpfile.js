// Build assets that tsc does not handle, and check every shipped workflow template.
const { src, dest, parallel, series } = require('gulp');
const fs = require('fs');
const path = require('path');

function icons() {
	return src(['icons/**/*.svg'], { encoding: false }).pipe(dest('dist/icons'));
}

function nodeAssets() {
	return src(['nodes/**/*.{svg,png}', 'nodes/**/*.node.json', 'nodes/**/__schema__/**/*.json'], {
		encoding: false,
		base: '.',
	}).pipe(dest('dist'));
}

/** Node types of n8n's base nodes: from the installed n8n when present, else the committed list. */
function baseNodeTypes() {
	const cacheDir = process.env.N8N_CACHE_DIR || path.join(__dirname, '.cache', 'n8n');
	const installed = path.join(cacheDir, 'node_modules', 'n8n-nodes-base', 'dist', 'types', 'nodes.json');
	if (fs.existsSync(installed)) {
		return new Set(JSON.parse(fs.readFileSync(installed, 'utf8')).map((n) => `n8n-nodes-base.${n.name}`));
	}
	const list = require('./scripts/n8n-base-node-types.json').types;
	return new Set(list.map((n) => `n8n-nodes-base.${n}`));
}

/** Our own node types, read from the compiled nodes listed in package.json. */
function ownNodeTypes() {
	const pkg = require('./package.json');
	const types = new Set();
	for (const file of pkg.n8n.nodes) {
		const full = path.join(__dirname, file);
		delete require.cache[require.resolve(full)];
		const mod = require(full);
		// A node file may export helpers besides its class: take the classes that describe a node.
		for (const exported of Object.values(mod)) {
			if (typeof exported !== 'function' || !exported.prototype) continue;
			let description;
			try {
				description = new exported().description;
			} catch {
				continue;
			}
			if (description && description.name) types.add(`${pkg.name}.${description.name}`);
		}
	}
	return types;
}

function listTemplates(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return listTemplates(full);
		return entry.name.endsWith('.json') ? [full] : [];
	});
}

async function validateWorkflows() {
	const known = new Set([...baseNodeTypes(), ...ownNodeTypes()]);
	const problems = [];
	const files = listTemplates(path.join(__dirname, 'workflows'));
	for (const file of files) {
		const rel = path.relative(__dirname, file);
		let wf;
		try {
			wf = JSON.parse(fs.readFileSync(file, 'utf8'));
		} catch (error) {
			problems.push(`${rel}: not valid JSON (${error.message})`);
			continue;
		}
		if (!Array.isArray(wf.nodes) || typeof wf.connections !== 'object') {
			problems.push(`${rel}: a workflow needs "nodes" (array) and "connections" (object)`);
			continue;
		}
		const names = new Set(wf.nodes.map((n) => n.name));
		for (const node of wf.nodes) {
			if (!known.has(node.type)) problems.push(`${rel}: node "${node.name}" uses unknown type "${node.type}"`);
		}
		for (const [from, byType] of Object.entries(wf.connections)) {
			if (!names.has(from)) problems.push(`${rel}: connection from missing node "${from}"`);
			for (const outputs of Object.values(byType)) {
				for (const targets of outputs) {
					for (const t of targets || []) {
						if (!names.has(t.node)) problems.push(`${rel}: connection to missing node "${t.node}"`);
					}
				}
			}
		}
	}
	if (problems.length) throw new Error(`Workflow templates are invalid:\n${problems.join('\n')}`);
	console.log(`Validated ${files.length} workflow template(s).`);
}

exports.icons = icons;
exports.validateWorkflows = validateWorkflows;
exports.build = series(parallel(icons, nodeAssets), validateWorkflows);
exports.default = exports.build;
