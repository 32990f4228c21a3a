// ajv 8, draft 2020-12: for each mutation, "index<TAB>valid|invalid". The first line names the tool and the schema's
// SHA-256, so that the tests can tell stale verdicts from current ones.
const fs = require('fs');
const crypto = require('crypto');
const Ajv2020 = require('ajv/dist/2020').default;
const [schemaPath, basePath, mutationsPath] = process.argv.slice(2);
const schemaText = fs.readFileSync(schemaPath, 'utf8');
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false, unicodeRegExp: false });
const validate = ajv.compile(JSON.parse(schemaText));
const base = fs.readFileSync(basePath, 'utf8');
const lines = fs.readFileSync(mutationsPath, 'utf8').split('\n').filter(l => l.length > 0);
const out = [`# ajv ${require('ajv/package.json').version} schema-sha256 ${crypto.createHash('sha256').update(schemaText).digest('hex')}`];
lines.forEach((line, index) => {
    const m = JSON.parse(line);
    const doc = JSON.parse(base);
    set(doc, m.path, m.remove ? undefined : JSON.parse(m.value), m.remove);
    out.push(`${index}\t${validate(doc) ? 'valid' : 'invalid'}`);
});
process.stdout.write(out.join('\n') + '\n');

function set(root, pointer, value, remove) {
    const parts = pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    for (const part of parts.slice(0, -1)) node = node[Array.isArray(node) ? Number(part) : part];
    const last = parts[parts.length - 1];
    if (remove) delete node[last]; else node[Array.isArray(node) ? Number(last) : last] = value;
}
