# Python's jsonschema (Draft202012Validator, formats as annotations): for each mutation, "index<TAB>valid|invalid".
# Python's re differs from ECMA-262 where it matters here: "$" also matches before a final line feed, and "\s"
# includes U+001C-U+001F; the schema is written so that neither changes a verdict.
import hashlib, json, sys
import jsonschema

schema_path, base_path, mutations_path = sys.argv[1:4]
with open(schema_path, encoding='utf-8') as f:
    schema_text = f.read()
validator = jsonschema.Draft202012Validator(json.loads(schema_text))
with open(base_path, encoding='utf-8') as f:
    base = f.read()
out = [f"# python-jsonschema {jsonschema.Draft202012Validator.META_SCHEMA['$id']} schema-sha256 {hashlib.sha256(schema_text.encode('utf-8')).hexdigest()}"]
with open(mutations_path, encoding='utf-8') as f:
    for index, line in enumerate(l for l in f if l.strip()):
        m = json.loads(line)
        doc = json.loads(base)
        parts = [p.replace('~1', '/').replace('~0', '~') for p in m['path'].split('/')[1:]]
        node = doc
        for part in parts[:-1]:
            node = node[int(part)] if isinstance(node, list) else node[part]
        last = parts[-1]
        if m.get('remove'):
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = json.loads(m['value'])
        else:
            node[last] = json.loads(m['value'])
        out.append(f"{index}\t{'valid' if validator.is_valid(doc) else 'invalid'}")
sys.stdout.write('\n'.join(out) + '\n')
